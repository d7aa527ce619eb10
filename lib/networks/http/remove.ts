import type { AdapterConfig } from "./adapter-config";
import { rawExcerpt, transportFailure } from "./failures";
import { send, type HttpAnswer } from "./send";
import type { BuiltRequest, PublishFailure, RemoveResult } from "@/lib/networks/publisher";

/**
 * Sends a DELETE; a 2xx, a 404 or what `gone` recognizes (already removed) is done, anything else is
 * classified like a publish.
 */
export async function sendRemove(
  cfg: AdapterConfig,
  request: BuiltRequest,
  classify: (answer: HttpAnswer, now: Date) => PublishFailure,
  opts: { signal?: AbortSignal; gone?: (answer: HttpAnswer) => boolean } = {},
): Promise<RemoveResult> {
  const res = await send(cfg.fetchImpl, request, { timeoutMs: cfg.timeoutMs, signal: opts.signal });
  if (res.kind === "transport") return transportFailure(res);
  if ((res.status >= 200 && res.status < 300) || res.status === 404 || opts.gone?.(res))
    return { ok: true, httpStatus: res.status, raw: rawExcerpt(res.status, res.text) };
  return classify(res, cfg.now());
}
