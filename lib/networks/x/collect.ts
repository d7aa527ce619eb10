import { classifyX } from "./classify";
import { bearer, trimSlash, type AdapterConfig } from "@/lib/networks/http/adapter-config";
import { parseJson, send } from "@/lib/networks/http/send";
import { transportFailure } from "@/lib/networks/http/failures";
import type { PublishFailure } from "@/lib/networks/publisher";
import {
  chunk,
  count,
  normalized,
  type CollectFailure,
  type CollectRequest,
  type CollectResult,
  type MetricsCollector,
} from "@/lib/networks/collector";

export const X_BATCH = 100;

interface XLookup {
  data?: { id?: string; public_metrics?: Record<string, unknown> }[];
  errors?: { value?: string; resource_id?: string; detail?: string; title?: string }[];
}

const failuresFor = (ids: string[], f: PublishFailure): CollectFailure[] =>
  ids.map((remoteId) => ({
    remoteId,
    message: f.message,
    ...(f.httpStatus !== null ? { httpStatus: f.httpStatus } : {}),
    ...(f.retryAt ? { retryAt: f.retryAt } : {}),
  }));

/**
 * Public metrics only. X reports no reach and no link clicks without the owner's non-public
 * metrics, so reach = impressions and clicks = 0; reactions = likes + bookmarks,
 * shares = reposts + quotes, comments = replies.
 */
export class XCollector implements MetricsCollector {
  readonly network = "x" as const;
  constructor(private readonly cfg: AdapterConfig) {}

  async collect(req: CollectRequest): Promise<CollectResult> {
    const out: CollectResult = { metrics: [], failures: [] };
    for (const ids of chunk(req.remoteIds, X_BATCH)) {
      const url = `${trimSlash(this.cfg.baseUrl)}/2/tweets?ids=${ids.map(encodeURIComponent).join(",")}&tweet.fields=public_metrics`;
      const res = await send(
        this.cfg.fetchImpl,
        { method: "GET", url, headers: { Authorization: bearer(req.accessToken) }, body: "" },
        { timeoutMs: this.cfg.timeoutMs, signal: req.signal },
      );
      if (res.kind === "transport") {
        out.failures.push(...failuresFor(ids, transportFailure(res)));
        continue;
      }
      if (res.status !== 200) {
        out.failures.push(...failuresFor(ids, classifyX(res, this.cfg.now())));
        continue;
      }
      const body = (parseJson(res.text) ?? {}) as XLookup;
      const found = new Map((body.data ?? []).filter((t) => t.id).map((t) => [t.id!, t]));
      // A partial batch: found posts come in `data`, deleted or unknown ones in `errors`.
      const errors = new Map((body.errors ?? []).map((e) => [e.resource_id ?? e.value ?? "", e]));
      for (const id of ids) {
        const t = found.get(id);
        const m = t?.public_metrics;
        if (!t || !m) {
          const e = errors.get(id);
          out.failures.push({
            remoteId: id,
            message: e ? `${e.title ?? "X error"}: ${e.detail ?? ""}`.trim() : "X returned no metrics for this post",
            httpStatus: res.status,
          });
          continue;
        }
        const impressions = count(m.impression_count);
        out.metrics.push(
          normalized(
            id,
            {
              impressions,
              reach: impressions,
              clicks: 0,
              reactions: count(m.like_count) + count(m.bookmark_count),
              comments: count(m.reply_count),
              shares: count(m.retweet_count) + count(m.quote_count),
            },
            t,
          ),
        );
      }
    }
    return out;
  }
}
