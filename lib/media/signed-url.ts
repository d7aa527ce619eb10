import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a signed media link works: long enough for a network to fetch it, short enough not to leak. */
export const SIGNED_URL_TTL_S = 300;

const sign = (secret: string, id: string, exp: number) =>
  createHmac("sha256", secret).update(`media:${id}:${exp}`).digest("base64url");

export function signMediaPath(secret: string, id: string, now: Date): { path: string; expiresAt: Date } {
  const exp = Math.floor(now.getTime() / 1000) + SIGNED_URL_TTL_S;
  return { path: `/api/media/signed/${id}?exp=${exp}&sig=${sign(secret, id, exp)}`, expiresAt: new Date(exp * 1000) };
}

export function verifyMediaSignature(secret: string, id: string, exp: number, sig: string, now: Date): boolean {
  if (!Number.isInteger(exp) || exp * 1000 < now.getTime()) return false;
  const want = Buffer.from(sign(secret, id, exp));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got);
}
