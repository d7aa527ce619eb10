import { msg, type Text } from "@/lib/i18n/text";

// The ledger keeps an X thread's failure as one English sentence (older rows too), so the reader's
// language is applied when it is shown: this file writes the sentence and reads it back.
const PREFIX = /^Part (\d+) of (\d+): /;
const DUPLICATE =
  "; no post with this text replies to the part before it, so the copy the network has is not this thread's. Edit this part so its text differs, then approve the post again.";

/** The ledger's text for a thread reply that failed: `n` counts from 1, the post itself being part 1. */
export function partFailureText(n: number, total: number, error: string, duplicate = false): string {
  return `Part ${n} of ${total}: ${error}${duplicate ? DUPLICATE : ""}`;
}

/**
 * A ledger error as a catalogue message (runs.advice.part / partDuplicate) when it is a thread part's,
 * else null: the rest is the network's own words and is shown as written.
 */
export function partFailureMessage(lastError: string): Text | null {
  const m = PREFIX.exec(lastError);
  if (!m) return null;
  const rest = lastError.slice(m[0].length);
  const duplicate = rest.endsWith(DUPLICATE);
  const error = duplicate ? rest.slice(0, -DUPLICATE.length) : rest;
  return msg(duplicate ? "runs.advice.partDuplicate" : "runs.advice.part", {
    n: Number(m[1]),
    total: Number(m[2]),
    error,
  });
}
