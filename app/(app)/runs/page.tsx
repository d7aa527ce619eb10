import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getDb } from "@/lib/db";
import { pageBrand, requirePageAuth } from "@/lib/page-auth";
import { brandToday } from "@/lib/dates/zoned";
import { isoDate } from "@/lib/schemas/common";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { RunsBoard } from "@/components/runs/runs-board";
import { countFailedDeliveries } from "@/lib/outbox/count-failed-deliveries";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("runs");

async function RunsPage({ searchParams }: { searchParams: Promise<{ date?: string; brand?: string }> }) {
  const auth = await requirePageAuth();
  const t = await getTranslations("runs");
  const q = await searchParams;
  const { brand } = await pageBrand(auth.workspaceId, q.brand);
  const failed = await countFailedDeliveries({ db: getDb(), workspaceId: auth.workspaceId });
  const date = q.date && isoDate.safeParse(q.date).success ? q.date : brandToday(new Date(), brand?.timezone ?? "UTC");
  return (
    <Suspense>
      {failed.email + failed.webhook > 0 ? (
        <p
          data-testid="failed-deliveries"
          role="status"
          className="mb-3 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800"
        >
          {t("failedDeliveries", { email: failed.email, webhook: failed.webhook })}
          {auth.role === "owner" ? ` ${t("failedDeliveriesOwner")}` : ""}.
        </p>
      ) : null}
      <RunsBoard
        // A result message and the "Publish early" list belong to one day and brand: another starts afresh.
        key={`${date}|${brand?.slug ?? ""}`}
        date={date}
        brand={brand?.slug ?? null}
        timeZone={brand?.timezone ?? "UTC"}
        canEdit={roleAtLeast(auth.role, "editor")}
      />
    </Suspense>
  );
}

export default withClientMessages("app/(app)/runs/page.tsx", RunsPage);
