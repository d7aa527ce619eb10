import { classifyX } from "./classify";
import { bearer, trimSlash, type AdapterConfig } from "@/lib/networks/http/adapter-config";
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

interface TimelineBody {
  data?: { id?: string; text?: string; created_at?: string; public_metrics?: Record<string, unknown> }[];
  meta?: { next_token?: string };
}

/** GET /2/users/by/username/{name}, then the user's own posts (no replies, no reposts) with public metrics. */
export class XCompetitorSource implements CompetitorSource {
  readonly network = "x" as const;
  constructor(private readonly cfg: AdapterConfig) {}

  private get(path: string, token: string, signal?: AbortSignal) {
    return send(
      this.cfg.fetchImpl,
      {
        method: "GET",
        url: `${trimSlash(this.cfg.baseUrl)}${path}`,
        headers: { Authorization: bearer(token) },
        body: "",
      },
      { timeoutMs: this.cfg.timeoutMs, signal },
    );
  }

  private refused(handle: string, res: HttpAnswer | TransportFailure) {
    const f = res.kind === "transport" ? transportFailure(res) : classifyX(res, this.cfg.now());
    return { ok: false as const, failure: collectFailure(handle, f, "X timeline") };
  }

  async timeline(req: CompetitorRequest): Promise<CompetitorResult> {
    const username = req.handle.replace(/^@/, "");
    const who = await this.get(
      `/2/users/by/username/${encodeURIComponent(username)}?user.fields=name,username`,
      req.accessToken,
      req.signal,
    );
    if (who.kind === "transport" || who.status !== 200) return this.refused(req.handle, who);
    const user = (parseJson(who.text) as { data?: { id?: string; name?: string } } | undefined)?.data;
    if (!user?.id)
      return {
        ok: false,
        failure: { remoteId: req.handle, message: `X has no account @${username}`, httpStatus: 200 },
      };
    const posts: CompetitorPostData[] = [];
    let next: string | undefined;
    for (let page = 0; page < MAX_TIMELINE_PAGES; page++) {
      const q = new URLSearchParams({
        max_results: "100",
        start_time: req.since.toISOString(),
        exclude: "replies,retweets",
        "tweet.fields": "created_at,public_metrics",
      });
      if (next) q.set("pagination_token", next);
      const res = await this.get(`/2/users/${encodeURIComponent(user.id)}/tweets?${q}`, req.accessToken, req.signal);
      if (res.kind === "transport" || res.status !== 200) return this.refused(req.handle, res);
      const body = (parseJson(res.text) ?? {}) as TimelineBody;
      for (const t of body.data ?? []) {
        if (!t.id) continue;
        const m = t.public_metrics ?? {};
        posts.push({
          remoteId: t.id,
          text: t.text ?? "",
          url: `https://x.com/${username}/status/${t.id}`,
          publishedAt: t.created_at ? new Date(t.created_at) : this.cfg.now(),
          reactions: count(m.like_count) + count(m.bookmark_count),
          comments: count(m.reply_count),
          shares: count(m.retweet_count) + count(m.quote_count),
        });
      }
      next = body.meta?.next_token;
      if (!next) break;
    }
    return { ok: true, account: { remoteId: user.id, displayName: user.name ?? `@${username}` }, posts };
  }
}
