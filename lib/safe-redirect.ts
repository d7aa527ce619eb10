const BASE = "http://app.invalid";

/**
 * A callback URL may only be a path on this site. Browsers treat `//host` and `/\host` as other
 * origins, so the check resolves the value against a dummy origin instead of looking at its first character.
 */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/calendar"): string {
  if (!raw || !raw.startsWith("/") || /[\u0000-\u001f\\]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
