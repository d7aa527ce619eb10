import { json, withAuth, type JsonOf } from "@/lib/http";
import { describeInvite } from "@/lib/team/describe-invite";
import { revokeInvite } from "@/lib/team/revoke-invite";
import { withPublic } from "@/lib/http";
import { inviteTokenParam } from "@/lib/schemas/team";
import { parseWith } from "@/lib/validate";

export type InviteDescriptionResponse = JsonOf<typeof describeInvite>;
export type RevokedInviteResponse = JsonOf<typeof revokeInvite>;

type P = { id: string };

/** `{id}` is the invite token here: the invite page reads what it is for before anyone signs in. */
export const GET = withPublic<P>(async ({ db, params, now }) =>
  json(await describeInvite({ db, token: parseWith(inviteTokenParam, params.id), now })),
);

export const DELETE = withAuth<P>(
  async ({ db, auth, params, now }) => json(await revokeInvite({ db, actor: auth.actor, id: params.id, now })),
  { role: "owner" },
);
