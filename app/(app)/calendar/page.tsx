import { pageTitle } from "@/components/i18n/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { readerRegion } from "@/lib/i18n/locales";
import { IntentLink } from "@/components/ui/intent-link";
import { dehydrate, QueryClient } from "@tanstack/react-query";
import { HydrateQueries } from "@/components/shell/hydrate-queries";
import { getDb } from "@/lib/db";
import { pageBrand, requirePageAuth } from "@/lib/page-auth";
import { brandDto } from "@/lib/brands/brand-dto";
import { brandToday } from "@/lib/dates/zoned";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { CalendarView } from "@/components/calendar/calendar-view";
import { readView, viewRange } from "@/components/calendar/view-range";
import { isIsoDate } from "@/lib/dates/days";
import { listPosts } from "@/lib/plans/list-posts";
import { countRequestedCards } from "@/lib/media/attach-requested-cards";
import { cardProgressKey } from "@/components/media/card-progress-key";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("calendar");

async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<{ brand?: string; month?: string; view?: string; date?: string }>;
}) {
  const auth = await requirePageAuth();
  const q = await searchParams;
  const { brand } = await pageBrand(auth.workspaceId, q.brand);
  const t = await getTranslations("empty");
  if (!brand) {
    return (
      <EmptyState
        title={t("firstBrand.title")}
        action={
          <IntentLink
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            href="/settings/brands/new"
          >
            {t("firstBrand.action")}
          </IntentLink>
        }
      >
        {t("firstBrand.calendar")}
      </EmptyState>
    );
  }
  const today = brandToday(new Date(), brand.timezone);
  const view = readView(q.view);
  const date = q.date && isIsoDate(q.date) ? q.date : null;
  const month = q.month && /^\d{4}-(0[1-9]|1[0-2])$/.test(q.month) ? q.month : (date ?? today).slice(0, 7);
  const anchor = date ?? (today.startsWith(month) ? today : `${month}-01`);
  // The view's posts are rendered into the first HTML: the client's query starts from this data
  // instead of fetching it after the scripts load.
  // Weeks start on the reader's first weekday, not the brand's audience's.
  const region = readerRegion((await headers()).get("accept-language"), await getLocale());
  const { from, to } = viewRange(view, month, anchor, region);
  const db = getDb();
  const queries = new QueryClient();
  const [ws] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: auth.workspaceId } }),
    (async () => {
      // Cards still being made are counted before the posts are read: when none is left, every card is in them.
      queries.setQueryData(cardProgressKey(brand.slug), await countRequestedCards(db, auth.workspaceId, brand.id));
      queries.setQueryData(
        ["posts", brand.slug, from, to],
        await listPosts({ db, workspaceId: auth.workspaceId, ref: brand.slug, from, to, known: brand }),
      );
    })(),
  ]);
  return (
    <HydrateQueries json={JSON.stringify(dehydrate(queries))}>
      <CalendarView
        brand={brandDto(brand)}
        view={view}
        month={month}
        date={anchor}
        today={today}
        region={region}
        canEdit={roleAtLeast(auth.role, "editor")}
        review={{
          approvalRequired: ws.approvalRequired,
          canApprove: roleAtLeast(auth.role, "approver"),
          userId: auth.userId,
        }}
      />
    </HydrateQueries>
  );
}

export default withClientMessages("app/(app)/calendar/page.tsx", CalendarPage);
