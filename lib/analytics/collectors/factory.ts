import { DEFAULT_FACEBOOK_VERSION } from "@/lib/publishers/facebook";
import { readEnv, timeoutFromEnv, type AdapterConfig } from "@/lib/publishers/http";
import { DEFAULT_LINKEDIN_VERSION } from "@/lib/publishers/linkedin";
import type { Network } from "@/lib/publishers/types";
import { FacebookCollector } from "./facebook";
import { LinkedInCollector } from "./linkedin";
import { SandboxCollector } from "./sandbox";
import type { MetricsCollector } from "./types";
import { XCollector } from "./x";

export interface CollectorOptions {
  /** read when the factory is called; defaults to process.env */
  env?: Record<string, string | undefined>;
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

/** The only place that knows the concrete collectors; same env variables as the publishers. */
export function createCollector(network: Network, opts: CollectorOptions = {}): MetricsCollector {
  const env = opts.env ?? process.env;
  const common = (baseKey: string, baseDefault: string): AdapterConfig => ({
    baseUrl: readEnv(env, baseKey, baseDefault),
    timeoutMs: timeoutFromEnv(env),
    fetchImpl: opts.fetchImpl ?? globalThis.fetch,
    now: opts.now ?? (() => new Date()),
  });
  switch (network) {
    case "linkedin":
      return new LinkedInCollector({
        ...common("LINKEDIN_API_BASE_URL", "https://api.linkedin.com"),
        version: readEnv(env, "LINKEDIN_API_VERSION", DEFAULT_LINKEDIN_VERSION),
      });
    case "facebook":
      return new FacebookCollector({
        ...common("FACEBOOK_GRAPH_BASE_URL", "https://graph.facebook.com"),
        version: readEnv(env, "FACEBOOK_GRAPH_VERSION", DEFAULT_FACEBOOK_VERSION),
      });
    case "x":
      return new XCollector(common("X_API_BASE_URL", "https://api.x.com"));
    case "sandbox":
      return new SandboxCollector();
    default: {
      const never: never = network;
      throw new Error(`Unknown network: ${String(never)}`);
    }
  }
}
