import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { notifyContext } from "@/lib/wiring/notify-deps";
import { reviewPost } from "@/lib/review/review-post";
import { reviewDecisionSchema } from "@/lib/schemas/review";

export type ReviewedPostResponse = JsonOf<typeof reviewPost>;

/** Approve or request changes; who may is decided inside (editors approve only while approval is off). */
export const POST = withAuth<{ id: string }>(
  async ({ req, db, auth, params, now }) =>
    json(
      await reviewPost({
        db,
        actor: auth.actor,
        role: auth.role,
        id: params.id,
        input: await readJson(req, reviewDecisionSchema),
        now,
        notify: notifyContext(req),
      }),
    ),
  { role: "editor" },
);
