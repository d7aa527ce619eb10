import type { AdapterConfig } from "@/lib/networks/http/adapter-config";
import { parseJson, send, type HttpAnswer } from "@/lib/networks/http/send";
import { transportFailure } from "@/lib/networks/http/failures";
import type { PublishFailure } from "@/lib/networks/publisher";
import { chunk, collectFailure, type CollectRequest, type CollectResult } from "@/lib/networks/collector";

/** How one network looks up a batch of posts' metrics in a single GET. */
interface BatchLookup {
  size: number;
  request(ids: string[]): { url: string; headers: Record<string, string> };
  classify(answer: HttpAnswer, now: Date): PublishFailure;
  /** Reads a 200 answer: each id of the batch goes to `out.metrics` or to `out.failures`. */
  read(body: unknown, ids: string[], status: number, out: CollectResult): void;
}

/** Batch after batch; a batch the network refuses or never answers fails each of its posts. */
export async function collectInBatches(
  cfg: AdapterConfig,
  req: CollectRequest,
  lookup: BatchLookup,
): Promise<CollectResult> {
  const out: CollectResult = { metrics: [], failures: [] };
  for (const ids of chunk(req.remoteIds, lookup.size)) {
    const { url, headers } = lookup.request(ids);
    const res = await send(
      cfg.fetchImpl,
      { method: "GET", url, headers, body: "" },
      { timeoutMs: cfg.timeoutMs, signal: req.signal },
    );
    if (res.kind === "transport" || res.status !== 200) {
      const failure = res.kind === "transport" ? transportFailure(res) : lookup.classify(res, cfg.now());
      out.failures.push(...ids.map((id) => collectFailure(id, failure)));
      continue;
    }
    lookup.read(parseJson(res.text), ids, res.status, out);
  }
  return out;
}
