import type { BuiltRequest } from "@/lib/networks/publisher";

export interface HttpAnswer {
  kind: "answer";
  status: number;
  headers: Headers;
  text: string;
}

export interface TransportFailure {
  kind: "transport";
  /** false only when we know nothing reached the server (connection refused, DNS failure) */
  mayHaveArrived: boolean;
  timedOut: boolean;
  message: string;
}

/** Error codes that prove the request never left this machine. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_INVALID_URL",
]);

function errorCode(err: unknown): string | undefined {
  let cur: unknown = err;
  for (let i = 0; i < 5 && cur && typeof cur === "object"; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const errors = (cur as { errors?: unknown }).errors; // AggregateError from happy-eyeballs connects
    if (Array.isArray(errors) && errors.length) cur = errors[0];
    else cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Sends a request with a per-request timeout; transport errors become values, never exceptions. */
export async function send(
  fetchImpl: typeof fetch,
  req: Omit<BuiltRequest, "body"> & { body: string | FormData | Uint8Array<ArrayBuffer> },
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<HttpAnswer | TransportFailure> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort(new Error(`timed out after ${opts.timeoutMs} ms`));
  }, opts.timeoutMs);
  const onAbort = () => ctrl.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const res = await fetchImpl(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.method === "GET" ? undefined : req.body,
      signal: ctrl.signal,
    });
    // The body is read under the same timer: a server that stalls mid-answer is a timeout too.
    const text = await res.text();
    return { kind: "answer", status: res.status, headers: res.headers, text };
  } catch (err) {
    const code = errorCode(err);
    const notSent = code !== undefined && NOT_SENT_CODES.has(code);
    const detail =
      err instanceof Error
        ? err.cause instanceof Error
          ? `${err.message}: ${err.cause.message}`
          : err.message
        : String(err);
    return {
      kind: "transport",
      mayHaveArrived: !notSent,
      timedOut,
      message: timedOut
        ? `No answer within ${opts.timeoutMs} ms`
        : `Connection failed${code ? ` (${code})` : ""}: ${detail}`,
    };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener("abort", onAbort);
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
