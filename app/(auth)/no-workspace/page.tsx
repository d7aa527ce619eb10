import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { pageTitle } from "@/components/i18n/page-title";
import { withClientMessages } from "@/components/i18n/client-messages";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { getDb } from "@/lib/db";
import { currentSession } from "@/lib/page-auth";

export const generateMetadata = pageTitle("noWorkspace");

/** Where a signed-in person lands once they belong to no workspace (their last membership was removed). */
async function NoWorkspacePage() {
  const session = await currentSession();
  if (!session) redirect("/signin");
  if (await getDb().membership.count({ where: { userId: session.userId } })) redirect("/calendar");
  const t = await getTranslations("auth.noWorkspace");
  return (
    <div data-testid="no-workspace" className="space-y-3">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("body")}</p>
      <SignOutButton />
    </div>
  );
}

export default withClientMessages("app/(auth)/no-workspace/page.tsx", NoWorkspacePage);
