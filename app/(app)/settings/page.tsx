import { pageTitle } from "@/components/i18n/page-title";
import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { requirePageAuth } from "@/lib/page-auth";
import { getUserLocale } from "@/lib/workspaces/set-user-locale";
import { ApiTokensPanel } from "@/components/settings/api-tokens-panel";
import { AccountPanel } from "@/components/settings/account-panel";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("settings");

const SECTIONS = ["brands", "connections", "team", "activity", "replies"] as const;

async function SettingsPage() {
  const auth = await requirePageAuth();
  const t = await getTranslations("settings");
  const locale = auth.userId ? ((await getUserLocale({ db: getDb(), userId: auth.userId })) as Locale | null) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <div className="grid gap-4 md:grid-cols-2">
        {SECTIONS.map((s) => (
          <IntentLink
            key={s}
            href={`/settings/${s}`}
            className="rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-500"
          >
            <h2 className="font-semibold">{t(`${s}.title`)}</h2>
            <p className="mt-1 text-sm text-slate-600">{t(`${s}.body`)}</p>
          </IntentLink>
        ))}
      </div>
      <AccountPanel locale={locale} />
      {auth.role === "owner" ? <ApiTokensPanel /> : <p className="text-sm text-slate-600">{t("ownersOnlyTokens")}</p>}
    </div>
  );
}

export default withClientMessages("app/(app)/settings/page.tsx", SettingsPage);
