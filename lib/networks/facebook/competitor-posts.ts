import { classifyFacebook } from "./classify";
import { facebookVersion, type FacebookConfig } from "./publish";
import { bearer, trimSlash } from "@/lib/networks/http/adapter-config";
import { parseJson, send, type HttpAnswer, type TransportFailure } from "@/lib/networks/http/send";
import { transportFailure } from "@/lib/networks/http/failures";
import { collectFailure, count } from "@/lib/networks/collector";
import {
  MAX_TIMELINE_PAGES,
  type CompetitorPostData,
  type CompetitorRequest,
  type CompetitorResult,
  type CompetitorSource,
} from "@/lib/networks/competitors";

interface PostsBody {
  data?: {
    id?: string;
    message?: string;
    created_time?: string;
    permalink_url?: string;
    shares?: { count?: unknown };
    reactions?: { summary?: { total_count?: unknown } };
    comments?: { summary?: { total_count?: unknown } };
  }[];
  paging?: { cursors?: { after?: string }; next?: string };
}

const POST_FIELDS =
  "id,message,created_time,permalink_url,shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)";

/**
 * Another Page's public posts: GET /{page}?fields=id,name, then /{page-id}/posts with summary counts.
 * Graph answers this only for apps with the "Page Public Content Access" feature; without it the
 * error (code 10 or 200-range) is shown on the competitor's row.
 */
export class FacebookCompetitorSource implements CompetitorSource {
  readonly network = "facebook" as const;
  constructor(private readonly cfg: FacebookConfig) {}

  private get(path: string, token: string, signal?: AbortSignal) {
    return send(
      this.cfg.fetchImpl,
      {
        method: "GET",
        url: `${trimSlash(this.cfg.baseUrl)}/${facebookVersion(this.cfg.version)}${path}`,
        headers: { Authorization: bearer(token) },
        body: "",
      },
      { timeoutMs: this.cfg.timeoutMs, signal },
    );
  }

  private refused(handle: string, res: HttpAnswer | TransportFailure) {
    const f = res.kind === "transport" ? transportFailure(res) : classifyFacebook(res, this.cfg.now());
    return { ok: false as const, failure: collectFailure(handle, f, "Facebook Page posts") };
  }

  async timeline(req: CompetitorRequest): Promise<CompetitorResult> {
    const page = await this.get(`/${encodeURIComponent(req.handle)}?fields=id,name`, req.accessToken, req.signal);
    if (page.kind === "transport" || page.status !== 200) return this.refused(req.handle, page);
    const info = (parseJson(page.text) ?? {}) as { id?: string; name?: string };
    if (!info.id) return { ok: false, failure: { remoteId: req.handle, message: "Facebook returned no Page id" } };
    const posts: CompetitorPostData[] = [];
    let after: string | undefined;
    for (let n = 0; n < MAX_TIMELINE_PAGES; n++) {
      const q = new URLSearchParams({
        fields: POST_FIELDS,
        since: String(Math.floor(req.since.getTime() / 1000)),
        limit: "100",
      });
      if (after) q.set("after", after);
      const res = await this.get(`/${encodeURIComponent(info.id)}/posts?${q}`, req.accessToken, req.signal);
      if (res.kind === "transport" || res.status !== 200) return this.refused(req.handle, res);
      const body = (parseJson(res.text) ?? {}) as PostsBody;
      for (const p of body.data ?? []) {
        if (!p.id) continue;
        posts.push({
          remoteId: p.id,
          text: p.message ?? "",
          url: p.permalink_url ?? `https://www.facebook.com/${p.id}`,
          publishedAt: p.created_time ? new Date(p.created_time) : this.cfg.now(),
          reactions: count(p.reactions?.summary?.total_count),
          comments: count(p.comments?.summary?.total_count),
          shares: count(p.shares?.count),
        });
      }
      after = body.paging?.next ? body.paging.cursors?.after : undefined;
      if (!after) break;
    }
    return { ok: true, account: { remoteId: info.id, displayName: info.name ?? req.handle }, posts };
  }
}
