import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { IntentLink } from "@/components/ui/intent-link";
import { CompetitorComparison } from "@/components/listening/competitor-comparison";
import { CompetitorForm } from "@/components/listening/competitor-form";
import { EmptyState } from "@/components/ui/empty-state";
import { pageBrands, requirePageAuth } from "@/lib/page-auth";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("competitors");

async function CompetitorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const auth = await requirePageAuth();
  const t = await getTranslations("listening.pages");
  const params = await searchParams;
  const brands = await pageBrands(auth.workspaceId);
  const wanted = typeof params.brand === "string" ? params.brand : null;
  const brand = wanted ? brands.find((b) => b.slug === wanted) : brands[0];
  return (
    <div data-testid="competitors-page" className="space-y-6">
      <div>
        <IntentLink
          href={`/conversations${brand ? `?brand=${encodeURIComponent(brand.slug)}` : ""}`}
          className="text-sm text-brand-700 underline"
        >
          ← {t("conversations")}
        </IntentLink>
        <h1 className="text-xl font-semibold">
          {t("competitors")}
          {brand ? <span className="font-normal text-slate-500"> · {brand.name}</span> : null}
        </h1>
        <p className="text-sm text-slate-600">{t("competitorsIntro")}</p>
      </div>
      {!brand ? (
        <EmptyState title={brands.length ? t("notFound") : t("firstBrand")}>{t("pickBrand")}</EmptyState>
      ) : (
        <>
          <CompetitorForm brand={brand.slug} canEdit={roleAtLeast(auth.role, "editor")} />
          <CompetitorComparison brand={brand.slug} />
        </>
      )}
    </div>
  );
}

export default withClientMessages("app/(app)/conversations/competitors/page.tsx", CompetitorsPage);
