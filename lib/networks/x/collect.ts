import { classifyX } from "./classify";
import { bearer, trimSlash, type AdapterConfig } from "@/lib/networks/http/adapter-config";
import { collectInBatches } from "@/lib/networks/collect-in-batches";
import {
  count,
  normalized,
  type CollectRequest,
  type CollectResult,
  type MetricsCollector,
} from "@/lib/networks/collector";

const X_BATCH = 100;

interface XLookup {
  data?: { id?: string; public_metrics?: Record<string, unknown> }[];
  errors?: { value?: string; resource_id?: string; detail?: string; title?: string }[];
}

/**
 * Public metrics only. X reports no reach and no link clicks without the owner's non-public
 * metrics, so reach = impressions and clicks = 0; reactions = likes + bookmarks,
 * shares = reposts + quotes, comments = replies.
 */
export class XCollector implements MetricsCollector {
  readonly network = "x" as const;
  constructor(private readonly cfg: AdapterConfig) {}

  collect(req: CollectRequest): Promise<CollectResult> {
    return collectInBatches(this.cfg, req, {
      size: X_BATCH,
      request: (ids) => ({
        url: `${trimSlash(this.cfg.baseUrl)}/2/tweets?ids=${ids.map(encodeURIComponent).join(",")}&tweet.fields=public_metrics`,
        headers: { Authorization: bearer(req.accessToken) },
      }),
      classify: classifyX,
      read: (json, ids, status, out) => {
        const body = (json ?? {}) as XLookup;
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
              httpStatus: status,
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
      },
    });
  }
}
