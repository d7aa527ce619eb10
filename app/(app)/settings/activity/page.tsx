import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { requirePageAuth } from "@/lib/page-auth";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { ActivityLog } from "@/components/settings/activity-log";
import { listBrands } from "@/lib/brands/list-brands";
import { displayName } from "@/lib/team/member-names";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("activity");

async function ActivityPage() {
  const auth = await requirePageAuth();
  const t = await getTranslations("activity");
  if (!roleAtLeast(auth.role, "editor")) {
    return <p className="text-sm text-slate-600">{t("editorsOnly")}</p>;
  }
  const db = getDb();
  const [brands, members] = await Promise.all([
    listBrands({ db, workspaceId: auth.workspaceId, withArchived: true }),
    db.membership.findMany({
      where: { workspaceId: auth.workspaceId },
      include: { user: { select: { email: true, name: true } } },
    }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <ActivityLog
        brands={brands.map(({ slug, name }) => ({ slug, name }))}
        people={members
          .map((m) => ({ email: m.user.email, name: displayName(m.user) }))
          .sort((a, b) => a.name.localeCompare(b.name))}
      />
    </div>
  );
}

export default withClientMessages("app/(app)/settings/activity/page.tsx", ActivityPage);
