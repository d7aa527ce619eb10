import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { pageBrand, requirePageAuth } from "@/lib/page-auth";
import { EmptyState } from "@/components/ui/empty-state";
import { ConnectionsPanel } from "@/components/connections/connections-panel";
import { AccountChooser } from "@/components/connections/account-chooser";
import { missingCredentials, OAUTH_PLATFORMS } from "@/lib/wiring/oauth-clients";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("connections");

async function ConnectionsPage({
  searchParams,
}: {
  searchParams: Promise<{ brand?: string; connected?: string; error?: string; choose?: string }>;
}) {
  const auth = await requirePageAuth();
  const t = await getTranslations("connections");
  const q = await searchParams;
  const { brand } = await pageBrand(auth.workspaceId, q.brand);
  if (!brand) return <EmptyState title={t("noBrand.title")}>{t("noBrand.body")}</EmptyState>;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title", { brand: brand.name })}</h1>
      <p className="max-w-2xl text-sm text-slate-600">{t("intro")}</p>
      {q.connected ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("connectedNetwork", { network: NAMES[q.connected] ?? q.connected })}
        </p>
      ) : null}
      {q.error ? (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {q.error.slice(0, 500)}
        </p>
      ) : null}
      {q.choose && auth.role === "owner" ? <AccountChooser id={q.choose} /> : null}
      <ConnectionsPanel
        brand={brand.slug}
        timeZone={brand.timezone}
        canManage={auth.role === "owner"}
        missing={Object.fromEntries(OAUTH_PLATFORMS.map((p) => [p, missingCredentials(p)]))}
      />
    </div>
  );
}

const NAMES: Record<string, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X" };

export default withClientMessages("app/(app)/settings/connections/page.tsx", ConnectionsPage);
