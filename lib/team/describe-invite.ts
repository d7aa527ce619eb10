import type { Db } from "@/lib/db";
import { findOpenInvite } from "./find-open-invite";

/** What the invite page shows before anyone signs in: never the inviter's data beyond the workspace name. */
export async function describeInvite({ db, token, now }: { db: Db; token: string; now: Date }) {
  const invite = await findOpenInvite(db, token, now);
  const account = await db.user.findUnique({ where: { email: invite.email }, select: { id: true } });
  return {
    workspace_name: invite.workspace.name,
    email: invite.email,
    role: invite.role,
    expires_at: invite.expiresAt.toISOString(),
    has_account: account !== null,
  };
}
