// Issue #8, finding 11: the session cookie is Secure when the app is served over https.
import { afterEach, describe, expect, it, vi } from "vitest";

const original = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (original === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = original;
  vi.resetModules();
});

async function authOptionsWith(url: string) {
  process.env.NEXTAUTH_URL = url;
  vi.resetModules();
  return (await import("@/lib/auth")).authOptions;
}

describe("session cookies", () => {
  it("are Secure over https and plain over http (local development)", { timeout: 60_000 }, async () => {
    expect((await authOptionsWith("https://cm.example.com")).useSecureCookies).toBe(true);
    expect((await authOptionsWith("http://localhost:3000")).useSecureCookies).toBe(false);
  });
});
