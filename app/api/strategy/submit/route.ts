import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { notifyContext } from "@/lib/wiring/notify-deps";
import { submitForReview } from "@/lib/review/submit-for-review";
import { submitSchema } from "@/lib/schemas/review";

export type SubmittedResponse = JsonOf<typeof submitForReview>;

export const POST = withAuth(
  async ({ req, db, auth, now }) =>
    json(
      await submitForReview({
        db,
        actor: auth.actor,
        input: await readJson(req, submitSchema),
        now,
        notify: notifyContext(req),
      }),
    ),
  { role: "editor" },
);
