import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { apiRouteMatcher } from "@/lib/api-route-match";
import { API_ROUTES } from "@/lib/generated/api-routes";

process.env.NEXTAUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
const call = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
  proxy(new NextRequest(new URL(path, "http://localhost:3000"), init));

describe("proxy: the /api gate", () => {
  it("answers a wrong method with a JSON 405 and Allow", async () => {
    const res = await call("/api/brands", { method: "PUT" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect((await res.json()).error.code).toBe("method_not_allowed");
    expect((await call("/api/health", { method: "DELETE" })).headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("writes its errors in the language the request asks for", async () => {
    const english = await call("/api/brands", { method: "PUT" });
    expect((await english.json()).error.message).toBe("PUT is not allowed here.");
    const french = await call("/api/brands", { method: "PUT", headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect((await french.json()).error.message).toBe("La méthode PUT n’est pas autorisée ici.");
    const badPath = await call("/api/brands/%ZZ", { headers: { "accept-language": "fr" } });
    expect((await badPath.json()).error.message).toMatch(/^Le chemin de l’adresse/);
  });

  it.each(["/api/brands/%ZZ", "/api/brands/%", "/api/brands/%ED%A0%80", "/api/posts/%00", "/api/no/%E0%A4%A"])(
    "answers %s with a JSON 400, even without credentials",
    async (path) => {
      const res = await call(path);
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe("bad_request");
    },
  );

  it("lets allowed methods through with the base security headers", async () => {
    const res = await call("/api/brands");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("prefers static segments the way Next does", () => {
    expect(apiRouteMatcher(API_ROUTES)("/api/brands/acme/posts")?.pattern).toBe("/api/brands/[brand]/posts");
    expect(apiRouteMatcher(API_ROUTES)("/api/auth/callback/credentials")?.pattern).toBe("/api/auth/[...nextauth]");
  });
});

describe("proxy: pages", () => {
  it("sends a nonce CSP that forbids framing, and a fresh nonce each time", async () => {
    const a = (await call("/signin")).headers.get("content-security-policy")!;
    const b = (await call("/signin")).headers.get("content-security-policy")!;
    expect(a).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(a).toContain("frame-ancestors 'none'");
    expect(a).not.toContain("unsafe-eval");
    expect(a).not.toBe(b);
  });

  it("adds HSTS only when NEXTAUTH_URL is https", async () => {
    expect((await call("/signin")).headers.get("strict-transport-security")).toBeNull();
    process.env.NEXTAUTH_URL = "https://cm.example.com";
    try {
      expect((await call("/signin")).headers.get("strict-transport-security")).toContain("max-age=");
    } finally {
      delete process.env.NEXTAUTH_URL;
    }
  });

  it("refuses a cross-site server-action call with a JSON 403", async () => {
    const res = await call("/settings", {
      method: "POST",
      headers: { "next-action": "abc", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
  });
});
