import { withPublic } from "@/lib/http";
import { envPick } from "@/lib/env";
import { signReviewMedia } from "@/lib/review-links/sign-review-media";
import { reviewMediaParam, reviewTokenParam } from "@/lib/schemas/review-links";
import { parseWith } from "@/lib/validate";

/** An image of a post the review link covers: a redirect to a 5-minute signed link, so the page's images never expire. */
export const GET = withPublic<{ token: string; id: string }>(async ({ db, params, now }) => {
  const { NEXTAUTH_SECRET } = envPick(["NEXTAUTH_SECRET"]);
  const signed = await signReviewMedia({
    db,
    token: parseWith(reviewTokenParam, params.token),
    mediaId: parseWith(reviewMediaParam, params.id),
    secret: NEXTAUTH_SECRET,
    now,
  });
  return new Response(null, { status: 302, headers: { location: signed.path, "cache-control": "no-store" } });
});
