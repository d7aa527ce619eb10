import { createHash, randomBytes } from "node:crypto";

/** A secret handed out once (invite, review link); only its SHA-256 is stored, so a database leak opens nothing. */
export function newOneTimeToken(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
