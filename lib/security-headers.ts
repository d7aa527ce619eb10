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
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
