import { pageTitle } from "@/components/i18n/page-title";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePageAuth } from "@/lib/page-auth";
import { brandDto } from "@/lib/brands/brand-dto";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { BrandForm } from "@/components/brands/brand-form";
import { ReviewLinksPanel } from "@/components/review/review-links-panel";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("brief");

async function EditBrandPage({ params }: { params: Promise<{ brand: string }> }) {
  const auth = await requirePageAuth();
  const ref = (await params).brand;
  const brand = await resolveBrand({ db: getDb(), workspaceId: auth.workspaceId, ref }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  const t = await getTranslations("brands");
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("briefTitle", { name: brand.name })}</h1>
      <BrandForm brand={brandDto(brand)} canEdit={roleAtLeast(auth.role, "editor")} canDelete={auth.role === "owner"} />
      <ReviewLinksPanel brand={brand.slug} canEdit={roleAtLeast(auth.role, "editor")} />
    </div>
  );
}

export default withClientMessages("app/(app)/settings/brands/[brand]/page.tsx", EditBrandPage);
