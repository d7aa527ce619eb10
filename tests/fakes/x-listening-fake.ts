import type { Answer, Ctx } from "./fake-server";
import type { ListeningState } from "./listening-fake";

const CLIENT_FORBIDDEN = {
  client_id: "28000000",
  detail:
    "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.",
  registration_url: "https://developer.twitter.com/en/docs/projects/overview",
  title: "Client Forbidden",
  required_enrollment: "Appropriate Level of API Access",
  reason: "client-not-enrolled",
  type: "https://api.twitter.com/2/problems/client-forbidden",
};

const offset = (token: string | null) => (token ? Number(Buffer.from(token, "base64url").toString()) || 0 : 0);
const token = (n: number | null) => (n === null ? undefined : Buffer.from(String(n)).toString("base64url"));

/** Replies by conversation id, user lookup by username and competitors' timelines, as X v2 answers them. */
export function answerXListening(
  state: ListeningState,
  posts: { id: string; createdAt: number }[],
  ctx: Ctx,
): Answer | null {
  const p = ctx.url.pathname;
  const q = ctx.url.searchParams;
  if (ctx.method !== "GET") return null;
  if (p === "/2/tweets/search/recent") {
    if (state.xTier === "free") return { status: 403, body: CLIENT_FORBIDDEN };
    const m = /^conversation_id:(\d+)$/.exec(q.get("query") ?? "");
    const max = Number(q.get("max_results") ?? 10);
    if (!m || !Number.isInteger(max) || max < 10 || max > 100)
      return {
        status: 400,
        body: {
          errors: [{ parameters: { query: [q.get("query")] }, message: "Invalid query or max_results (10 to 100)" }],
          title: "Invalid Request",
          detail: "One or more parameters to your request was invalid.",
          type: "https://api.twitter.com/2/problems/invalid-request",
        },
      };
    const post = posts.find((x) => x.id === m[1]);
    const all = post ? state.commentsOf(post.id, post.createdAt) : [];
    const { slice, next } = state.page(all, offset(q.get("next_token")), max);
    if (!slice.length) return { status: 200, body: { meta: { result_count: 0 } } };
    const data = slice.map((c) => ({
      id: c.id,
      text: c.text,
      author_id: c.authorId,
      created_at: new Date(c.createdAt).toISOString(),
      conversation_id: m[1],
      lang: c.lang ?? "und",
      edit_history_tweet_ids: [c.id],
    }));
    const users = [...new Map(slice.map((c) => [c.authorId, c])).values()].map((c) => ({
      id: c.authorId,
      name: c.authorName,
      username: c.authorName.toLowerCase().replace(/[^a-z]/g, ""),
    }));
    return {
      status: 200,
      body: {
        data,
        includes: { users },
        meta: { newest_id: data[0].id, oldest_id: data.at(-1)!.id, result_count: data.length, next_token: token(next) },
      },
    };
  }
  const byName = /^\/2\/users\/by\/username\/([^/]+)$/.exec(p);
  if (byName) {
    const c = state.competitor(decodeURIComponent(byName[1]));
    if (!c)
      return {
        status: 200,
        body: {
          errors: [
            {
              value: byName[1],
              detail: `Could not find user with username: [${byName[1]}].`,
              title: "Not Found Error",
              resource_type: "user",
              parameter: "username",
              resource_id: byName[1],
              type: "https://api.twitter.com/2/problems/resource-not-found",
            },
          ],
        },
      };
    return { status: 200, body: { data: { id: c.id, name: c.name, username: c.handle } } };
  }
  const timeline = /^\/2\/users\/(\d+)\/tweets$/.exec(p);
  const competitor = timeline ? state.competitors.find((c) => c.id === timeline[1]) : undefined;
  if (competitor) {
    const start = q.get("start_time") ? Date.parse(q.get("start_time")!) : 0;
    const max = Number(q.get("max_results") ?? 10);
    const mine = competitor.posts.filter((x) => x.createdAt >= start).sort((a, b) => b.createdAt - a.createdAt);
    const { slice, next } = state.page(mine, offset(q.get("pagination_token")), max);
    if (!slice.length) return { status: 200, body: { meta: { result_count: 0 } } };
    const data = slice.map((x) => ({
      id: x.id,
      text: x.text,
      created_at: new Date(x.createdAt).toISOString(),
      edit_history_tweet_ids: [x.id],
      public_metrics: {
        retweet_count: x.shares,
        reply_count: x.comments,
        like_count: x.likes,
        quote_count: 0,
        bookmark_count: 0,
        impression_count: x.likes * 40,
      },
    }));
    return {
      status: 200,
      body: {
        data,
        meta: { result_count: data.length, newest_id: data[0].id, oldest_id: data.at(-1)!.id, next_token: token(next) },
      },
    };
  }
  return null;
}
