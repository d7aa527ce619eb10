import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { requirePageAuth } from "@/lib/page-auth";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { SavedRepliesPanel } from "@/components/settings/saved-replies-panel";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("replies");

async function SavedRepliesPage() {
  const auth = await requirePageAuth();
  const t = await getTranslations("savedReplies");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro", { placeholder: "{name}" })}</p>
      <SavedRepliesPanel canEdit={roleAtLeast(auth.role, "editor")} />
    </div>
  );
}

export default withClientMessages("app/(app)/settings/replies/page.tsx", SavedRepliesPage);
