import { createHash, randomBytes } from "node:crypto";
import { parseBody, type Answer, type Ctx } from "./fake-server";

/** What the fakes' OAuth apps accept; the tests and the browser server configure the app with these. */
export const FAKE_OAUTH_CLIENTS = {
  linkedin: { id: "li-client-id", secret: "li-client-secret" },
  facebook: { id: "fb-app-id", secret: "fb-app-secret" },
  x: { id: "x-client-id", secret: "x-client-secret" },
} as const;

export interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string | null;
  userId: string;
  used: boolean;
}

export const newSecret = (prefix: string) => `${prefix}${randomBytes(18).toString("base64url")}`;

export const s256 = (verifier: string) => createHash("sha256").update(verifier).digest("base64url");

export function html(body: string): Answer {
  return {
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8" },
    body: `<!doctype html><html><head><title>Consent</title></head><body>${body}</body></html>`,
  };
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A consent page with Authorize and Cancel links, as each network shows one. */
export function consentPage(network: string, appName: string, approve: string, cancel: string): Answer {
  return html(
    `<h1>${escapeHtml(network)}</h1><p>${escapeHtml(appName)} wants to post on your behalf.</p>` +
      `<a id="approve" href="${escapeHtml(approve)}">Authorize app</a> <a id="cancel" href="${escapeHtml(cancel)}">Cancel</a>`,
  );
}

/** HTTP Basic client credentials, as X and RFC 6749 §2.3.1 send them. */
export function basicClient(ctx: Ctx): { id: string; secret: string } | null {
  const h = ctx.headers.authorization;
  if (typeof h !== "string" || !/^Basic\s+/i.test(h)) return null;
  const [id, secret] = Buffer.from(h.replace(/^Basic\s+/i, ""), "base64")
    .toString("utf8")
    .split(":");
  return { id: decodeURIComponent(id ?? ""), secret: decodeURIComponent(secret ?? "") };
}

export const form = (ctx: Ctx) => parseBody(ctx) as Record<string, string | undefined>;

/** A tiny SVG avatar so the browser shows a real image served by the "network". */
export function avatar(letter: string, color: string): Answer {
  return {
    status: 200,
    headers: { "content-type": "image/svg+xml" },
    body: `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" rx="24" fill="${color}"/><text x="24" y="31" font-size="22" text-anchor="middle" fill="#fff" font-family="sans-serif">${letter}</text></svg>`,
  };
}
