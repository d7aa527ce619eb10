import { FacebookCollector } from "@/lib/networks/facebook/collect";
import { DEFAULT_FACEBOOK_VERSION, FacebookPublisher } from "@/lib/networks/facebook/publish";
import type { MetricsCollector } from "@/lib/networks/collector";
import type { AdapterConfig } from "@/lib/networks/http/adapter-config";
import { LinkedInCollector } from "@/lib/networks/linkedin/collect";
import { DEFAULT_LINKEDIN_VERSION, LinkedInPublisher } from "@/lib/networks/linkedin/publish";
import type { Network, Publisher } from "@/lib/networks/publisher";
import { SandboxCollector } from "@/lib/networks/sandbox/collect";
import { SandboxPublisher } from "@/lib/networks/sandbox/publish";
import { XCollector } from "@/lib/networks/x/collect";
import { XPublisher } from "@/lib/networks/x/publish";

const DEFAULT_TIMEOUT_MS = 15_000;

export interface NetworkAdapterOptions {
  /** read when the factory is called, not at module load; defaults to process.env */
  env?: Record<string, string | undefined>;
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

function readEnv(env: Record<string, string | undefined>, key: string, fallback: string): string {
  const v = env[key]?.trim();
  return v ? v : fallback;
}

function timeoutFromEnv(env: Record<string, string | undefined>): number {
  const n = Number(env.PUBLISH_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_MS;
}

/** Each network's settings as the environment gives them; publishers and collectors share them. */
export function settingsFromEnv(opts: NetworkAdapterOptions) {
  const env = opts.env ?? process.env;
  const now = opts.now ?? (() => new Date());
  const common = (baseKey: string, baseDefault: string): AdapterConfig => ({
    baseUrl: readEnv(env, baseKey, baseDefault),
    timeoutMs: timeoutFromEnv(env),
    fetchImpl: opts.fetchImpl ?? globalThis.fetch,
    now,
  });
  return {
    now,
    linkedin: () => ({
      ...common("LINKEDIN_API_BASE_URL", "https://api.linkedin.com"),
      version: readEnv(env, "LINKEDIN_API_VERSION", DEFAULT_LINKEDIN_VERSION),
    }),
    facebook: () => ({
      ...common("FACEBOOK_GRAPH_BASE_URL", "https://graph.facebook.com"),
      version: readEnv(env, "FACEBOOK_GRAPH_VERSION", DEFAULT_FACEBOOK_VERSION),
    }),
    x: () => common("X_API_BASE_URL", "https://api.x.com"),
  };
}

/** The only place that knows the concrete publishers. */
export function createPublisher(network: Network, opts: NetworkAdapterOptions = {}): Publisher {
  const s = settingsFromEnv(opts);
  switch (network) {
    case "linkedin":
      return new LinkedInPublisher(s.linkedin());
    case "facebook":
      return new FacebookPublisher(s.facebook());
    case "x":
      return new XPublisher(s.x());
    case "sandbox":
      return new SandboxPublisher(s.now);
    default: {
      const never: never = network;
      throw new Error(`Unknown network: ${String(never)}`);
    }
  }
}

/** The only place that knows the concrete metric collectors; same settings as the publishers. */
export function createCollector(network: Network, opts: NetworkAdapterOptions = {}): MetricsCollector {
  const s = settingsFromEnv(opts);
  switch (network) {
    case "linkedin":
      return new LinkedInCollector(s.linkedin());
    case "facebook":
      return new FacebookCollector(s.facebook());
    case "x":
      return new XCollector(s.x());
    case "sandbox":
      return new SandboxCollector();
    default: {
      const never: never = network;
      throw new Error(`Unknown network: ${String(never)}`);
    }
  }
}
