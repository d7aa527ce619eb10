import { classifyLinkedIn } from "./classify";
import type { LinkedInConfig } from "./publish";
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

const PAGE_SIZE = 100;

interface CommentsBody {
  elements?: {
    id?: string;
    commentUrn?: string;
    $URN?: string;
    actor?: string;
    message?: { text?: string };
    created?: { time?: number };
  }[];
  paging?: { start?: number; count?: number; total?: number };
}

/**
 * GET /rest/socialActions/{urn}/comments with start/count paging. LinkedIn names the commenter only by
 * URN (a member's name needs a permission apps rarely get), so people show as "LinkedIn member" and
 * organizations as "LinkedIn page".
 */
export class LinkedInCommentSource implements CommentSource {
  readonly network = "linkedin" as const;
  constructor(private readonly cfg: LinkedInConfig) {}

  async list(req: CommentsRequest): Promise<CommentsResult> {
    const comments: RemoteComment[] = [];
    const base = `${trimSlash(this.cfg.baseUrl)}/rest/socialActions/${encodeURIComponent(req.postId)}/comments`;
    for (let page = 0, start = 0; page < MAX_COMMENT_PAGES; page++) {
      const res = await send(
        this.cfg.fetchImpl,
        {
          method: "GET",
          url: `${base}?start=${start}&count=${PAGE_SIZE}`,
          headers: {
            Authorization: bearer(req.accessToken),
            "LinkedIn-Version": this.cfg.version,
            "X-Restli-Protocol-Version": "2.0.0",
          },
          body: "",
        },
        { timeoutMs: this.cfg.timeoutMs, signal: req.signal },
      );
      if (res.kind === "transport") return { ok: false, failure: collectFailure(req.postId, transportFailure(res)) };
      if (res.status !== 200)
        return {
          ok: false,
          failure: collectFailure(req.postId, classifyLinkedIn(res, this.cfg.now()), "LinkedIn comments"),
        };
      const body = (parseJson(res.text) ?? {}) as CommentsBody;
      const elements = body.elements ?? [];
      for (const e of elements) {
        const urn = e.commentUrn ?? e.$URN;
        const id = urn ?? e.id;
        const text = e.message?.text;
        if (!id || !text) continue;
        comments.push({
          remoteId: id,
          authorName: e.actor?.startsWith("urn:li:organization:") ? "LinkedIn page" : "LinkedIn member",
          text,
          createdAt: typeof e.created?.time === "number" ? new Date(e.created.time) : this.cfg.now(),
          url: `https://www.linkedin.com/feed/update/${req.postId}${urn ? `?commentUrn=${encodeURIComponent(urn)}` : ""}`,
        });
      }
      start += elements.length;
      const total = body.paging?.total;
      if (elements.length === 0 || (total !== undefined ? start >= total : elements.length < PAGE_SIZE)) break;
    }
    return { ok: true, comments };
  }
}
