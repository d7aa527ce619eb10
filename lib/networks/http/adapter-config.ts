export function bearer(token: string, redact?: boolean): string {
  return `Bearer ${redact ? "[redacted]" : token}`;
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/** What every HTTP adapter is built with; the factory reads it from the environment. */
export interface AdapterConfig {
  baseUrl: string;
  timeoutMs: number;
  fetchImpl: typeof fetch;
  now: () => Date;
}
