import { classifyFacebook } from "./classify";
import { facebookVersion, type FacebookConfig } from "./publish";
import { bearer, trimSlash } from "@/lib/networks/http/adapter-config";
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

interface CommentsBody {
  data?: { id?: string; message?: string; created_time?: string; from?: { name?: string }; permalink_url?: string }[];
  paging?: { cursors?: { after?: string }; next?: string };
}

/**
 * GET /{post-id}/comments, page after page. The `after` cursor is sent to our configured Graph base
 * URL rather than following `paging.next`, so the token only ever goes to the host we chose.
 */
export class FacebookCommentSource implements CommentSource {
  readonly network = "facebook" as const;
  constructor(private readonly cfg: FacebookConfig) {}

  async list(req: CommentsRequest): Promise<CommentsResult> {
    const comments: RemoteComment[] = [];
    let after: string | undefined;
    const base = `${trimSlash(this.cfg.baseUrl)}/${facebookVersion(this.cfg.version)}/${encodeURIComponent(req.postId)}/comments`;
    for (let page = 0; page < MAX_COMMENT_PAGES; page++) {
      // filter=stream: replies to comments too, in time order, not only the top level.
      const q = new URLSearchParams({
        fields: "id,message,created_time,from,permalink_url",
        filter: "stream",
        order: "chronological",
        limit: "100",
      });
      if (after) q.set("after", after);
      const res = await send(
        this.cfg.fetchImpl,
        { method: "GET", url: `${base}?${q}`, headers: { Authorization: bearer(req.accessToken) }, body: "" },
        { timeoutMs: this.cfg.timeoutMs, signal: req.signal },
      );
      if (res.kind === "transport") return { ok: false, failure: collectFailure(req.postId, transportFailure(res)) };
      if (res.status !== 200)
        return {
          ok: false,
          failure: collectFailure(req.postId, classifyFacebook(res, this.cfg.now()), "Facebook comments"),
        };
      const body = (parseJson(res.text) ?? {}) as CommentsBody;
      for (const c of body.data ?? []) {
        if (!c.id || typeof c.message !== "string" || !c.message) continue;
        comments.push({
          remoteId: c.id,
          // Graph leaves `from` out unless the Page token may see who commented.
          authorName: c.from?.name ?? "Facebook user",
          text: c.message,
          createdAt: c.created_time ? new Date(c.created_time) : this.cfg.now(),
          url: c.permalink_url ?? `https://www.facebook.com/${c.id}`,
        });
      }
      after = body.paging?.next ? body.paging.cursors?.after : undefined;
      if (!after) break;
    }
    return { ok: true, comments };
  }
}
