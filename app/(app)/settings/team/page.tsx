import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { requirePageAuth } from "@/lib/page-auth";
import { TeamPanel } from "@/components/team/team-panel";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("team");

async function TeamPage() {
  const auth = await requirePageAuth();
  const t = await getTranslations("settings.team");
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <TeamPanel isOwner={auth.role === "owner"} selfId={auth.userId} />
    </div>
  );
}

export default withClientMessages("app/(app)/settings/team/page.tsx", TeamPage);
