import { Suspense } from "react";
import { getDb } from "@/lib/db";
import { requirePageAuth } from "@/lib/page-auth";
import { brandToday } from "@/lib/plans/local-time";
import { isoDate } from "@/lib/schemas/common";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { RunsBoard } from "@/components/runs/runs-board";

export default async function RunsPage({ searchParams }: { searchParams: Promise<{ date?: string; brand?: string }> }) {
  const auth = await requirePageAuth();
  const q = await searchParams;
  const brands = await getDb().brand.findMany({
    where: { workspaceId: auth.workspaceId, archivedAt: null },
    orderBy: { name: "asc" },
    select: { slug: true, timezone: true },
  });
  const brand = brands.find((b) => b.slug === q.brand) ?? brands[0] ?? null;
  const date = q.date && isoDate.safeParse(q.date).success ? q.date : brandToday(new Date(), brand?.timezone ?? "UTC");
  return (
    <Suspense>
      <RunsBoard
        date={date}
        brand={brand?.slug ?? null}
        timeZone={brand?.timezone ?? "UTC"}
        canEdit={roleAtLeast(auth.role, "editor")}
      />
    </Suspense>
  );
}
