import { json, withPublic } from "@/lib/http";
import { getReviewPage } from "@/lib/review-links/get-review-page";
import { reviewTokenParam } from "@/lib/schemas/review-links";
import { parseWith } from "@/lib/validate";

/** No sign-in: the token is the credential, and it opens one brand's range read-only. */
export const GET = withPublic<{ token: string }>(async ({ db, params, now }) =>
  json(await getReviewPage({ db, token: parseWith(reviewTokenParam, params.token), now })),
);
