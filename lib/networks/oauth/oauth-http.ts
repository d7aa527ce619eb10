import { OAuthError } from "./oauth-client";

export interface OAuthAnswer {
  status: number;
  body: Record<string, unknown>;
  text: string;
}

/**
 * One request to a network's OAuth or identity endpoint. The base URLs are operator configuration,
 * not user input, so this does not go through the outbound guard. Transport errors become OAuthError.
 */
export async function oauthRequest(
  fetchImpl: typeof fetch,
  url: string,
  init: { method?: string; headers?: Record<string, string>; form?: Record<string, string>; timeoutMs: number },
  network: string,
): Promise<OAuthAnswer> {
  const headers: Record<string, string> = { accept: "application/json", ...(init.headers ?? {}) };
  let body: string | undefined;
  if (init.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(init.form).toString();
  }
  let res: Response;
  let text: string;
  try {
    res = await fetchImpl(url, {
      method: init.method ?? (body ? "POST" : "GET"),
      headers,
      body,
      signal: AbortSignal.timeout(init.timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    throw new OAuthError("unreachable", `${network} could not be reached: ${err instanceof Error ? err.message : err}`);
  }
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = {};
  }
  const obj = parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  return { status: res.status, body: obj, text };
}

export const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

export function expiresAtFrom(now: Date, expiresIn: unknown): Date | null {
  const n = Number(expiresIn);
  return Number.isFinite(n) && n > 0 ? new Date(now.getTime() + n * 1000) : null;
}

/** RFC 6749 §5.2 error bodies ({error, error_description}) → our kinds; a 5xx is worth retrying later. */
export function tokenEndpointError(network: string, a: OAuthAnswer): OAuthError {
  const code = str(a.body.error) ?? "";
  const desc = str(a.body.error_description) ?? str(a.body.message) ?? a.text.slice(0, 300);
  const message = `${network}: ${code ? `${code}: ` : ""}${desc || `HTTP ${a.status}`}`;
  if (a.status >= 500 || a.status === 429) return new OAuthError("unreachable", message, a.status);
  if (code === "invalid_grant") return new OAuthError("invalid_grant", message, a.status);
  if (code === "invalid_client" || code === "unauthorized_client" || a.status === 401)
    return new OAuthError("invalid_client", message, a.status);
  return new OAuthError("rejected", message, a.status);
}

export function basicAuth(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}`;
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
