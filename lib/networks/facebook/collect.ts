import { classifyFacebook } from "./classify";
import { facebookVersion, type FacebookConfig } from "./publish";
import { bearer, trimSlash } from "@/lib/networks/http/adapter-config";
import { parseJson, send, type HttpAnswer, type TransportFailure } from "@/lib/networks/http/send";
import { transportFailure } from "@/lib/networks/http/failures";
import {
  collectFailure,
  count,
  normalized,
  type CollectFailure,
  type CollectRequest,
  type CollectResult,
  type MetricsCollector,
} from "@/lib/networks/collector";

/**
 * Only metrics that exist from Graph v23 on: the post_impressions_unique* family was deprecated and
 * now answers "invalid metric". Graph has no per-post impression count any more, so unique media
 * views serve as both reach and impressions. Comments and shares come from the post object.
 */
const FACEBOOK_METRICS = ["post_total_media_view_unique", "post_reactions_by_type_total", "post_clicks"] as const;
const CONCURRENCY = 4;

interface InsightsBody {
  data?: { name?: string; values?: { value?: unknown }[] }[];
}

export class FacebookCollector implements MetricsCollector {
  readonly network = "facebook" as const;
  constructor(private readonly cfg: FacebookConfig) {}

  private get(url: string, token: string, signal?: AbortSignal) {
    return send(
      this.cfg.fetchImpl,
      { method: "GET", url, headers: { Authorization: bearer(token) }, body: "" },
      { timeoutMs: this.cfg.timeoutMs, signal },
    );
  }

  private async one(
    remoteId: string,
    req: CollectRequest,
  ): Promise<{ ok: true; metrics: ReturnType<typeof normalized> } | { ok: false; failure: CollectFailure }> {
    const base = `${trimSlash(this.cfg.baseUrl)}/${facebookVersion(this.cfg.version)}/${encodeURIComponent(remoteId)}`;
    const [ins, post] = await Promise.all([
      this.get(`${base}/insights?metric=${FACEBOOK_METRICS.join(",")}`, req.accessToken, req.signal),
      this.get(
        `${base}?fields=${encodeURIComponent("shares,comments.limit(0).summary(true)")}`,
        req.accessToken,
        req.signal,
      ),
    ]);
    const check = (r: HttpAnswer | TransportFailure, what: string): CollectFailure | null => {
      if (r.kind === "transport") return collectFailure(remoteId, transportFailure(r), what);
      if (r.status !== 200) return collectFailure(remoteId, classifyFacebook(r, this.cfg.now()), what);
      return null;
    };
    const bad = check(ins, "Facebook insights") ?? check(post, "Facebook post counts");
    if (bad || ins.kind !== "answer" || post.kind !== "answer")
      return { ok: false, failure: bad ?? { remoteId, message: "unreachable" } };
    const insights = (parseJson(ins.text) ?? {}) as InsightsBody;
    const value = (name: string) => insights.data?.find((d) => d.name === name)?.values?.at(-1)?.value;
    const missing = FACEBOOK_METRICS.filter((m) => value(m) === undefined);
    if (missing.length)
      return {
        ok: false,
        failure: { remoteId, message: `Facebook insights lacked ${missing.join(", ")}`, httpStatus: ins.status },
      };
    const reactionsByType = value("post_reactions_by_type_total");
    const reactions =
      reactionsByType && typeof reactionsByType === "object"
        ? Object.values(reactionsByType as Record<string, unknown>).reduce<number>((s, v) => s + count(v), 0)
        : count(reactionsByType);
    const p = (parseJson(post.text) ?? {}) as {
      shares?: { count?: unknown };
      comments?: { summary?: { total_count?: unknown } };
    };
    const views = count(value("post_total_media_view_unique"));
    return {
      ok: true,
      metrics: normalized(
        remoteId,
        {
          impressions: views,
          reach: views,
          clicks: count(value("post_clicks")),
          reactions,
          comments: count(p.comments?.summary?.total_count),
          shares: count(p.shares?.count),
        },
        { insights: insights.data, post: p },
      ),
    };
  }

  async collect(req: CollectRequest): Promise<CollectResult> {
    const out: CollectResult = { metrics: [], failures: [] };
    const queue = [...req.remoteIds];
    // Graph has no batch insights by id list here; a small pool keeps within the Page's rate limit.
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const r = await this.one(id, req);
        if (r.ok) out.metrics.push(r.metrics);
        else out.failures.push(r.failure);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
    return out;
  }
}
