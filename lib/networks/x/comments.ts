import { classifyX } from "./classify";
import { bearer, trimSlash, type AdapterConfig } from "@/lib/networks/http/adapter-config";
import { parseJson, send } from "@/lib/networks/http/send";
import { transportFailure } from "@/lib/networks/http/failures";
import { collectFailure } from "@/lib/networks/collector";
import {
  MAX_COMMENT_PAGES,
  type CommentSource,
  type CommentsRequest,
  type CommentsResult,
  type RemoteComment,
} from "@/lib/networks/comments";

interface SearchBody {
  data?: { id?: string; text?: string; author_id?: string; created_at?: string; lang?: string }[];
  includes?: { users?: { id?: string; name?: string; username?: string }[] };
  meta?: { next_token?: string };
  reason?: string;
  required_enrollment?: string;
}

/** X's answer when the app's access level does not include this endpoint (Free tier: no search). */
export const X_TIER_MESSAGE =
  "Your X API access level does not include searching replies (GET /2/tweets/search/recent needs the Basic tier or higher). Comments from X are not collected until the app's access is upgraded.";

/** Replies to our post: a recent search on its conversation id (the last 7 days, as X allows). */
export class XCommentSource implements CommentSource {
  readonly network = "x" as const;
  constructor(private readonly cfg: AdapterConfig) {}

  async list(req: CommentsRequest): Promise<CommentsResult> {
    const comments: RemoteComment[] = [];
    let next: string | undefined;
    for (let page = 0; page < MAX_COMMENT_PAGES; page++) {
      const q = new URLSearchParams({
        query: `conversation_id:${req.postId}`,
        max_results: "100",
        "tweet.fields": "author_id,created_at,lang,conversation_id",
        expansions: "author_id",
        "user.fields": "name,username",
      });
      if (next) q.set("next_token", next);
      const res = await send(
        this.cfg.fetchImpl,
        {
          method: "GET",
          url: `${trimSlash(this.cfg.baseUrl)}/2/tweets/search/recent?${q}`,
          headers: { Authorization: bearer(req.accessToken) },
          body: "",
        },
        { timeoutMs: this.cfg.timeoutMs, signal: req.signal },
      );
      if (res.kind === "transport") return { ok: false, failure: collectFailure(req.postId, transportFailure(res)) };
      const body = (parseJson(res.text) ?? {}) as SearchBody;
      if (res.status === 403 && (body.reason === "client-not-enrolled" || body.required_enrollment))
        return { ok: false, failure: { remoteId: req.postId, message: X_TIER_MESSAGE, httpStatus: 403 } };
      if (res.status !== 200)
        return { ok: false, failure: collectFailure(req.postId, classifyX(res, this.cfg.now()), "X replies") };
      const users = new Map((body.includes?.users ?? []).map((u) => [u.id, u]));
      for (const t of body.data ?? []) {
        if (!t.id || t.id === req.postId || typeof t.text !== "string") continue;
        const user = users.get(t.author_id);
        comments.push({
          remoteId: t.id,
          authorName: user?.name ?? (user?.username ? `@${user.username}` : "X user"),
          text: t.text,
          createdAt: t.created_at ? new Date(t.created_at) : this.cfg.now(),
          language: t.lang,
          url: user?.username ? `https://x.com/${user.username}/status/${t.id}` : `https://x.com/i/web/status/${t.id}`,
        });
      }
      next = body.meta?.next_token;
      if (!next) break;
    }
    return { ok: true, comments };
  }
}
