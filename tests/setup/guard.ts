const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** DB tests create, truncate and drop databases: refuse anything but a local server. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run database tests against non-local host "${host}" (only localhost/127.0.0.1/::1).`);
  }
}
