import type { FailureClass, PublishFailure } from "@/lib/networks/publisher";
import type { TransportFailure } from "./send";

const RAW_LIMIT = 2000;

export function rawExcerpt(status: number | null, text: string): string {
  const line = status === null ? "no HTTP answer" : `HTTP ${status}`;
  return `${line}\n${text}`.slice(0, RAW_LIMIT);
}

export function transportFailure(t: TransportFailure): PublishFailure {
  return {
    ok: false,
    failureClass: "retryable",
    message: t.mayHaveArrived ? `${t.message}; the post may have been created` : t.message,
    httpStatus: null,
    raw: rawExcerpt(null, t.message),
    ...(t.mayHaveArrived ? { outcomeUnknown: true } : {}),
  };
}

/** A failed reconciliation or metrics lookup; reconciliation callers turn it into "could not check". */
export class RemoteLookupError extends Error {
  constructor(
    message: string,
    readonly failureClass: FailureClass,
    readonly httpStatus: number | null,
    readonly retryAt?: Date,
    /** the network's raw answer (rawExcerpt), kept on the attempt row that could not check */
    readonly raw: string | null = null,
  ) {
    super(message);
    this.name = "RemoteLookupError";
  }
}

export function lookupError(f: PublishFailure): RemoteLookupError {
  return new RemoteLookupError(f.message, f.failureClass, f.httpStatus, f.retryAt, f.raw);
}
