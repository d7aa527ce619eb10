import { requirePageAuth } from "@/lib/page-auth";
import { ApiTokensPanel } from "@/components/settings/api-tokens-panel";

export default async function SettingsPage() {
  const auth = await requirePageAuth();
  return (
    <div className="space-y-8">
      <h1 className="text-xl font-semibold">Settings</h1>
      {auth.role === "owner" ? <ApiTokensPanel /> : <p className="text-sm text-slate-600">Only workspace owners manage API tokens.</p>}
    </div>
  );
}
