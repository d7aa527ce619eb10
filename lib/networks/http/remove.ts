import type { AdapterConfig } from "./adapter-config";
import { rawExcerpt, transportFailure } from "./failures";
import { send, type HttpAnswer } from "./send";
import type { BuiltRequest, EditResult, PublishFailure, RemoveResult } from "@/lib/networks/publisher";

type Classify = (answer: HttpAnswer, now: Date) => PublishFailure;

/**
 * Sends a DELETE; a 2xx, a 404 or what `gone` recognizes (already removed) is done, anything else is
 * classified like a publish.
 */
export function sendRemove(
  cfg: AdapterConfig,
  request: BuiltRequest,
  classify: Classify,
  opts: { signal?: AbortSignal; gone?: (answer: HttpAnswer) => boolean } = {},
): Promise<RemoveResult> {
  return sendChange(cfg, request, classify, { ...opts, done: (a) => a.status === 404 || !!opts.gone?.(a) });
}

/** Sends an edit; only a 2xx is done (an edit of something gone did not happen), the rest is classified. */
export function sendEdit(
  cfg: AdapterConfig,
  request: BuiltRequest,
  classify: Classify,
  opts: { signal?: AbortSignal } = {},
): Promise<EditResult> {
  return sendChange(cfg, request, classify, opts);
}

async function sendChange(
  cfg: AdapterConfig,
  request: BuiltRequest,
  classify: Classify,
  opts: { signal?: AbortSignal; done?: (answer: HttpAnswer) => boolean },
): Promise<RemoveResult> {
  const res = await send(cfg.fetchImpl, request, { timeoutMs: cfg.timeoutMs, signal: opts.signal });
  if (res.kind === "transport") return transportFailure(res);
  if ((res.status >= 200 && res.status < 300) || opts.done?.(res))
    return { ok: true, httpStatus: res.status, raw: rawExcerpt(res.status, res.text) };
  return classify(res, cfg.now());
}
