import { json, readJson, withPublic, type JsonOf } from "@/lib/http";
import { notifyContext } from "@/lib/wiring/notify-deps";
import { decideAsClient } from "@/lib/review-links/decide-as-client";
import { clientDecisionSchema, reviewTokenParam } from "@/lib/schemas/review-links";
import { parseWith } from "@/lib/validate";

export type ClientDecisionResponse = JsonOf<typeof decideAsClient>;

export const POST = withPublic<{ token: string; id: string }>(async ({ req, db, params, now }) => {
  const token = parseWith(reviewTokenParam, params.token);
  const input = await readJson(req, clientDecisionSchema);
  return json(await decideAsClient({ db, token, postId: params.id, input, now, notify: notifyContext(req) }));
});
