import { createHash } from "node:crypto";

/** Identifies a body's exact text, so duplicates and edits can be detected cheaply. */
export function contentHash(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}
