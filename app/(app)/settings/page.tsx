import Link from "next/link";
import { requirePageAuth } from "@/lib/page-auth";
import { ApiTokensPanel } from "@/components/settings/api-tokens-panel";
import { AccountPanel } from "@/components/settings/account-panel";
import { LanguageSelect } from "@/components/settings/language-select";

export default async function SettingsPage() {
  const auth = await requirePageAuth();
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Settings</h1>
      <div className="grid gap-4 md:grid-cols-2">
        <Link
          href="/settings/brands"
          className="rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-500"
        >
          <h2 className="font-semibold">Brands</h2>
          <p className="mt-1 text-sm text-slate-600">
            Briefs: positioning, audience, tone, language, timezone, CTAs, feeds.
          </p>
        </Link>
        <Link
          href="/settings/connections"
          className="rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-500"
        >
          <h2 className="font-semibold">Connections</h2>
          <p className="mt-1 text-sm text-slate-600">LinkedIn, Facebook and X accounts, token expiry and reconnects.</p>
        </Link>
        <Link href="/settings/team" className="rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-500">
          <h2 className="font-semibold">Team</h2>
          <p className="mt-1 text-sm text-slate-600">Members, roles, invitations and the review step.</p>
        </Link>
        <Link
          href="/settings/activity"
          className="rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-500"
        >
          <h2 className="font-semibold">Activity</h2>
          <p className="mt-1 text-sm text-slate-600">
            Who approved, edited, moved, regenerated, restored, published or deleted what, and when.
          </p>
        </Link>
      </div>
      <LanguageSelect />
      <AccountPanel />
      {auth.role === "owner" ? (
        <ApiTokensPanel />
      ) : (
        <p className="text-sm text-slate-600">Only workspace owners manage API tokens.</p>
      )}
    </div>
  );
}
