import { json, readJson, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { notifyContext } from "@/lib/wiring/notify-deps";
import { createReviewLink } from "@/lib/review-links/create-review-link";
import { listReviewLinks } from "@/lib/review-links/list-review-links";
import { revokeReviewLink } from "@/lib/review-links/revoke-review-link";
import { createReviewLinkSchema, listReviewLinksQuery, revokeReviewLinkSchema } from "@/lib/schemas/review-links";

export type ReviewLinksResponse = JsonOf<typeof listReviewLinks>;
export type CreatedReviewLinkResponse = JsonOf<typeof createReviewLink>;

type P = { brand: string };

export const GET = withAuth<P>(async ({ req, db, auth, params, now }) => {
  const { state, ...page } = readQuery(req, listReviewLinksQuery);
  const workspaceId = auth.workspaceId;
  return json(
    await listReviewLinks({ db, workspaceId, ref: params.brand, now, activeOnly: state === "active", ...page }),
  );
});

export const POST = withAuth<P>(
  async ({ req, db, auth, params, now }) => {
    const input = await readJson(req, createReviewLinkSchema);
    const appUrl = notifyContext(req).appUrl;
    return json(await createReviewLink({ db, actor: auth.actor, ref: params.brand, input, now, appUrl }), 201);
  },
  { role: "editor" },
);

/** `{"id"}` or `{"url"}` of the link to revoke. */
export const DELETE = withAuth<P>(
  async ({ req, db, auth, params, now }) => {
    const input = await readJson(req, revokeReviewLinkSchema);
    return json(await revokeReviewLink({ db, actor: auth.actor, ref: params.brand, ...input, now }));
  },
  { role: "editor" },
);
