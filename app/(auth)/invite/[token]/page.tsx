import { pageTitle } from "@/components/i18n/page-title";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { InviteAccept } from "@/components/team/invite-accept";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("invite");

export const dynamic = "force-dynamic";

async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await getServerSession(authOptions);
  return <InviteAccept token={token} signedInAs={session?.user?.email ?? null} />;
}

export default withClientMessages("app/(auth)/invite/[token]/page.tsx", InvitePage);
