import { json, withSession, type JsonOf } from "@/lib/http";
import { acceptInvite } from "@/lib/team/accept-invite";
import { inviteTokenParam } from "@/lib/schemas/team";
import { parseWith } from "@/lib/validate";

export type AcceptedInviteResponse = JsonOf<typeof acceptInvite>;

/** `{id}` is the invite token. The caller must be signed in; a new person uses …/signup instead. */
export const POST = withSession<{ id: string }>(async ({ db, userId, params, now }) =>
  json(await acceptInvite({ db, token: parseWith(inviteTokenParam, params.id), userId, now })),
);
