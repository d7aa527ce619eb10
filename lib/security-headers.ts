/** Headers every response carries; HSTS only when the app is served over https. */
export function baseSecurityHeaders(appUrl: string | undefined): Record<string, string> {
  const h: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
  };
  if (appUrl?.startsWith("https://")) h["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return h;
}

/**
 * The pages' policy: scripts only with this request's nonce (Next puts it on its own inline scripts) and
 * what they load; React's style attributes need 'unsafe-inline' for styles. Dev mode needs eval for HMR.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean, imageOrigins: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob: https:", ...imageOrigins].join(" "),
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Account avatars come from the networks; a network configured over plain http (a local fake, a
 * self-hosted mock) must be allowed explicitly, since the policy otherwise admits https images only.
 */
export function networkImageOrigins(env: Record<string, string | undefined>): string[] {
  const urls = [env.X_API_BASE_URL, env.LINKEDIN_API_BASE_URL, env.FACEBOOK_GRAPH_BASE_URL];
  return urls.flatMap((u) => {
    if (!u?.startsWith("http://")) return [];
    try {
      return [new URL(u).origin];
    } catch {
      return [];
    }
  });
}
