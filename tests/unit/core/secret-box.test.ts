import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, keyRingFromEnv } from "@/lib/crypto/secret-box";

const k1 = randomBytes(32).toString("base64");
const k2 = randomBytes(32).toString("base64");

describe("secret box", () => {
  it("round-trips, uses a fresh IV each time and hides the plaintext", () => {
    const ring = keyRingFromEnv({ APP_ENCRYPTION_KEY: k1 });
    const a = encryptSecret(ring, "token-123", "conn-1");
    const b = encryptSecret(ring, "token-123", "conn-1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("token-123");
    expect(decryptSecret(ring, a, "conn-1")).toBe("token-123");
  });

  it("binds the ciphertext to its row", () => {
    const ring = keyRingFromEnv({ APP_ENCRYPTION_KEY: k1 });
    const sealed = encryptSecret(ring, "token-123", "conn-1");
    expect(() => decryptSecret(ring, sealed, "conn-2")).toThrow();
  });

  it("still opens old ciphertexts after a key rotation", () => {
    const old = keyRingFromEnv({ APP_ENCRYPTION_KEY: k1, APP_ENCRYPTION_KEY_VERSION: "1" });
    const sealed = encryptSecret(old, "secret", "c");
    const rotated = keyRingFromEnv({
      APP_ENCRYPTION_KEY: k2,
      APP_ENCRYPTION_KEY_VERSION: "2",
      APP_ENCRYPTION_OLD_KEYS: `1:${k1}`,
    });
    expect(decryptSecret(rotated, sealed, "c")).toBe("secret");
    expect(encryptSecret(rotated, "x", "c").startsWith("v2:")).toBe(true);
    expect(() =>
      decryptSecret(keyRingFromEnv({ APP_ENCRYPTION_KEY: k2, APP_ENCRYPTION_KEY_VERSION: "2" }), sealed, "c"),
    ).toThrow(/version 1/);
  });

  it("refuses a key of the wrong size", () => {
    expect(() => keyRingFromEnv({ APP_ENCRYPTION_KEY: "c2hvcnQ=" })).toThrow(/32 bytes/);
  });
});
