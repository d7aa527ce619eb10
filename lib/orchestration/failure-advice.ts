export interface LedgerFailure {
  state: string;
  failure_class: string | null;
  last_error: string | null;
  next_attempt_at: string | null;
}

export const ADVICE = ["needs_reconnect", "rejected", "retry_at", "gave_up", "unknown", "missed"] as const;
export type Advice = (typeof ADVICE)[number];

/**
 * What a person can do about a ledger row that did not publish: the key of the advice the run board and
 * the editor show. The classes come from each network's classifier (platform-contracts.md).
 */
export function adviceKey(f: Pick<LedgerFailure, "state" | "failure_class" | "next_attempt_at">): Advice | null {
  if (f.state === "missed") return "missed";
  if (f.state === "unknown") return "unknown";
  if (f.state !== "failed") return null;
  if (f.failure_class === "needs_reconnect") return "needs_reconnect";
  if (f.failure_class === "retryable") return f.next_attempt_at ? "retry_at" : "gave_up";
  return "rejected";
}
