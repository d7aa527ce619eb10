import type { Answer, Ctx } from "./fake-server";
import type { ListeningState } from "./listening-fake";

/** GET /rest/socialActions/{urn}/comments with start/count paging, as the Comments API answers it. */
export function answerLinkedInListening(
  state: ListeningState,
  posts: { id: string; createdAt: number }[],
  ctx: Ctx,
): Answer | null {
  const m = /^\/rest\/socialActions\/([^/]+)\/comments$/.exec(ctx.url.pathname);
  if (!m || ctx.method !== "GET") return null;
  const urn = decodeURIComponent(m[1]);
  const post = posts.find((p) => p.id === urn);
  if (!post)
    return {
      status: 404,
      body: { status: 404, code: "NOT_FOUND", message: `Not found: ${urn}` },
    };
  const q = ctx.url.searchParams;
  const start = Number(q.get("start") ?? 0) || 0;
  const count = Math.min(100, Number(q.get("count") ?? 10) || 10);
  const all = state.commentsOf(post.id, post.createdAt);
  const { slice } = state.page(all, start, count);
  const activity = `urn:li:activity:${urn.split(":").at(-1)}`;
  const elements = slice.map((c) => {
    const commentUrn = `urn:li:comment:(${activity},${c.id})`;
    const actor = c.authorId.startsWith("org")
      ? `urn:li:organization:${c.authorId.slice(3)}`
      : `urn:li:person:${c.authorId}`;
    return {
      actor,
      commentUrn,
      $URN: commentUrn,
      id: c.id,
      object: activity,
      message: { text: c.text, attributes: [] },
      created: { actor, time: c.createdAt },
      lastModified: { actor, time: c.createdAt },
    };
  });
  return { status: 200, body: { elements, paging: { start, count: slice.length, total: all.length, links: [] } } };
}
