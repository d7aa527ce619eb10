import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export interface KeyRing {
  current: { version: number; key: Buffer };
  old: Map<number, Buffer>;
}

/** APP_ENCRYPTION_KEY is the current key; APP_ENCRYPTION_OLD_KEYS ("1:base64,2:base64") still decrypts during rotation. */
export function keyRingFromEnv(env: Record<string, string | undefined> = process.env): KeyRing {
  const raw = env.APP_ENCRYPTION_KEY;
  if (!raw) throw new Error("APP_ENCRYPTION_KEY is not set");
  const key = Buffer.from(raw, "base64");
  if (key.length !== 32) throw new Error("APP_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  const version = Number(env.APP_ENCRYPTION_KEY_VERSION ?? 1);
  const old = new Map<number, Buffer>();
  for (const part of (env.APP_ENCRYPTION_OLD_KEYS ?? "").split(",").filter(Boolean)) {
    const [v, k] = part.split(":");
    old.set(Number(v), Buffer.from(k, "base64"));
  }
  return { current: { version, key }, old };
}

/** AES-256-GCM with a random IV; the associated data binds the ciphertext to its row. */
export function encryptSecret(ring: KeyRing, plaintext: string, associatedData: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", ring.current.key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    "v" + ring.current.version,
    iv.toString("base64url"),
    tag.toString("base64url"),
    ct.toString("base64url"),
  ].join(":");
}

export function decryptSecret(ring: KeyRing, sealed: string, associatedData: string): string {
  const [v, iv, tag, ct] = sealed.split(":");
  const version = Number(v.slice(1));
  const key = version === ring.current.version ? ring.current.key : ring.old.get(version);
  if (!key) throw new Error(`No key for version ${version}`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
}
