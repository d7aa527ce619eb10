import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { IntentLink } from "@/components/ui/intent-link";
import { AnalyticsDashboard } from "@/components/analytics/analytics-dashboard";
import { resolveFilters } from "@/components/analytics/filters";
import { EmptyState } from "@/components/ui/empty-state";
import { pageBrand, requirePageAuth } from "@/lib/page-auth";
import { brandToday } from "@/lib/dates/zoned";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("analytics");

async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const auth = await requirePageAuth();
  const params = await searchParams;
  // Same default as the shell's brand switcher: the first brand by name.
  const { brands, brand } = await pageBrand(auth.workspaceId, typeof params.brand === "string" ? params.brand : null);
  const today = brand ? brandToday(new Date(), brand.timezone) : "";
  const t = await getTranslations("empty");
  const ta = await getTranslations("analytics");

  return (
    <div data-testid="analytics-page" className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">
          {ta("title")}
          {brand ? <span className="font-normal text-slate-500"> · {brand.name}</span> : null}
        </h1>
        <p className="text-sm text-slate-600">{ta("intro")}</p>
      </div>
      {brands.length === 0 ? (
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
          {t("firstBrand.analytics")}
        </EmptyState>
      ) : !brand ? null : (
        <AnalyticsDashboard
          filters={resolveFilters(params, brand.slug, today)}
          today={today}
          canRecompute={roleAtLeast(auth.role, "editor")}
        />
      )}
    </div>
  );
}

export default withClientMessages("app/(app)/analytics/page.tsx", AnalyticsPage);
