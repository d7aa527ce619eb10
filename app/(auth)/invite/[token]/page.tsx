import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { InviteAccept } from "@/components/team/invite-accept";

export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await getServerSession(authOptions);
  return <InviteAccept token={token} signedInAs={session?.user?.email ?? null} />;
}
