import { json, readJson, withPublic, type JsonOf } from "@/lib/http";
import { inviteSignUpSchema, inviteTokenParam } from "@/lib/schemas/team";
import { signUpWithInvite } from "@/lib/team/sign-up-with-invite";
import { parseWith } from "@/lib/validate";

export type InviteSignUpResponse = JsonOf<typeof signUpWithInvite>;

/** Creates the invited person's account (with the invited address) and joins the workspace in one step. */
export const POST = withPublic<{ id: string }>(async ({ req, db, params, now }) => {
  const token = parseWith(inviteTokenParam, params.id);
  const input = await readJson(req, inviteSignUpSchema);
  return json(await signUpWithInvite({ db, token, ...input, now }), 201);
});
