import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cmo_";

export function newApiTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
