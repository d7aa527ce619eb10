import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageAuth } from "@/lib/page-auth";
import { EmptyState } from "@/components/ui/empty-state";

export default async function CalendarPage() {
  const auth = await requirePageAuth();
  const brands = await getDb().brand.count({ where: { workspaceId: auth.workspaceId } });
  if (brands === 0) {
    return (
      <EmptyState
        title="Create your first brand"
        action={<Link className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700" href="/settings/brands/new">Write a brand brief</Link>}
      >
        A brief (positioning, audience, value propositions, tone) is all it takes to plan a whole month of LinkedIn, Facebook and X posts.
      </EmptyState>
    );
  }
  return <h1 className="text-xl font-semibold">Calendar</h1>;
}
