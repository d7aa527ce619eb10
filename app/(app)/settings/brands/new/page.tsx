import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { BrandForm } from "@/components/brands/brand-form";
import { requirePageAuth } from "@/lib/page-auth";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("newBrand");

async function NewBrandPage() {
  const auth = await requirePageAuth();
  const t = await getTranslations("brands");
  if (!roleAtLeast(auth.role, "editor"))
    return (
      <p data-testid="create-is-for-editors" className="text-sm text-slate-600">
        {t("createIsForEditors")}
      </p>
    );
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("newTitle")}</h1>
      <p className="max-w-2xl text-sm text-slate-600">{t("newIntro")}</p>
      <BrandForm brand={null} canEdit canDelete={false} />
    </div>
  );
}

export default withClientMessages("app/(app)/settings/brands/new/page.tsx", NewBrandPage);
