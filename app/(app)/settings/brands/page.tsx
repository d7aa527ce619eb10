import { pageTitle } from "@/components/i18n/page-title";
import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { pageBrands, requirePageAuth } from "@/lib/page-auth";
import { listArchivedBrands } from "@/lib/brands/list-archived-brands";
import { ArchivedBrands } from "@/components/brands/archived-brands";
import { withClientMessages } from "@/components/i18n/client-messages";
import { roleAtLeast } from "@/lib/workspaces/roles";

export const generateMetadata = pageTitle("brands");

async function BrandsPage() {
  const auth = await requirePageAuth();
  const t = await getTranslations("brands");
  const brands = await pageBrands(auth.workspaceId);
  const archived =
    auth.role === "owner" ? await listArchivedBrands({ db: getDb(), workspaceId: auth.workspaceId }) : [];
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        {roleAtLeast(auth.role, "editor") ? (
          <IntentLink
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
            href="/settings/brands/new"
          >
            {t("new")}
          </IntentLink>
        ) : null}
      </div>
      {brands.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {brands.map((b) => (
          <li key={b.id} className="flex items-center justify-between px-4 py-3">
            <div>
              <p className="font-medium">{b.name}</p>
              <p className="text-xs text-slate-500">
                {b.language} · {b.timezone}
              </p>
            </div>
            <div className="flex gap-3 text-sm">
              <IntentLink className="text-brand-600 hover:underline" href={`/settings/brands/${b.slug}`}>
                {t("editBrief")}
              </IntentLink>
              <IntentLink className="text-brand-600 hover:underline" href={`/settings/connections?brand=${b.slug}`}>
                {t("connections")}
              </IntentLink>
              <IntentLink className="text-brand-600 hover:underline" href={`/calendar?brand=${b.slug}`}>
                {t("calendar")}
              </IntentLink>
            </div>
          </li>
        ))}
      </ul>
      <ArchivedBrands brands={archived} />
    </div>
  );
}

export default withClientMessages("app/(app)/settings/brands/page.tsx", BrandsPage);
