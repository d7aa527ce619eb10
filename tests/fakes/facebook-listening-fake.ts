import type { Answer, Ctx } from "./fake-server";
import type { ListeningState } from "./listening-fake";

const graphDate = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+0000");
const cursor = (n: number) => Buffer.from(`c:${n}`).toString("base64url");
const fromCursor = (s: string | null) => (s ? Number(Buffer.from(s, "base64url").toString().slice(2)) || 0 : 0);

/** Graph's cursor paging: `next` only while more remain, the way the real API signals the end. */
function paged(ctx: Ctx, start: number, next: number | null, count: number) {
  const paging: Record<string, unknown> = { cursors: { before: cursor(start), after: cursor(start + count) } };
  if (next !== null) {
    const u = new URL(ctx.url.toString());
    u.searchParams.set("after", cursor(next));
    paging.next = `${ctx.headers.host ? `http://${ctx.headers.host}` : ""}${u.pathname}${u.search}`;
  }
  return paging;
}

/** /{post-id}/comments, another Page by id or username, and that Page's /posts with summary counts. */
export function answerFacebookListening(
  state: ListeningState,
  posts: { id: string; createdAt: number }[],
  ctx: Ctx,
  parts: string[],
): Answer | null {
  if (ctx.method !== "GET") return null;
  const q = ctx.url.searchParams;
  const limit = Math.min(100, Number(q.get("limit") ?? 25) || 25);
  if (parts.length === 3 && parts[2] === "comments") {
    const post = posts.find((p) => p.id === parts[1]);
    if (!post)
      return {
        status: 400,
        body: {
          error: {
            message: `Unsupported get request. Object with ID '${parts[1]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
            type: "GraphMethodException",
            code: 100,
            error_subcode: 33,
            fbtrace_id: "AfakeTrace",
          },
        },
      };
    const start = fromCursor(q.get("after"));
    const { slice, next } = state.page(state.commentsOf(post.id, post.createdAt), start, limit);
    const data = slice.map((c) => ({
      id: `${parts[1].split("_")[1]}_${c.id}`,
      message: c.text,
      created_time: graphDate(c.createdAt),
      from: { name: c.authorName, id: c.authorId },
      permalink_url: `https://www.facebook.com/${parts[1]}?comment_id=${c.id}`,
    }));
    return { status: 200, body: { data, paging: paged(ctx, start, next, slice.length) } };
  }
  const competitor = parts.length >= 2 ? state.competitor(decodeURIComponent(parts[1])) : undefined;
  if (!competitor) return null;
  if (parts.length === 2) return { status: 200, body: { id: competitor.id, name: competitor.name } };
  if (parts.length === 3 && parts[2] === "posts") {
    const since = q.get("since") ? Number(q.get("since")) * 1000 : 0;
    const mine = competitor.posts.filter((p) => p.createdAt >= since).sort((a, b) => b.createdAt - a.createdAt);
    const start = fromCursor(q.get("after"));
    const { slice, next } = state.page(mine, start, limit);
    const data = slice.map((p) => ({
      id: `${competitor.id}_${p.id}`,
      message: p.text,
      created_time: graphDate(p.createdAt),
      permalink_url: `https://www.facebook.com/${competitor.id}/posts/${p.id}`,
      shares: { count: p.shares },
      reactions: { data: [], summary: { total_count: p.likes, viewer_reaction: "NONE" } },
      comments: { data: [], summary: { order: "ranked", total_count: p.comments, can_comment: true } },
    }));
    return { status: 200, body: { data, paging: paged(ctx, start, next, slice.length) } };
  }
  return null;
}
