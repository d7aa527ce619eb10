import { z } from "zod";
import { DEFAULT_NETWORK_LIMITS } from "@/lib/orchestration/network-pools";

const intFrom = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every variable the app reads at run time. The README's configuration table mirrors this. */
export const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (npm start sets it for the embedded database)"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  APP_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, "APP_ENCRYPTION_KEY must be 32 bytes, base64-encoded"),
  APP_ENCRYPTION_KEY_VERSION: intFrom(1),
  APP_ENCRYPTION_OLD_KEYS: z.string().optional(),
  CRON_SECRET: z.string().min(16).optional(),
  CATCHUP_DAYS: intFrom(2),
  METRICS_WINDOW_DAYS: intFrom(7),
  RETENTION_DAYS: intFrom(90),
  SIGNUP_LIMIT_PER_HOUR: intFrom(10),
  /** a post's comments alert the team once this share of them is negative… */
  NEGATIVE_ALERT_SHARE: z.coerce.number().gt(0).max(1).default(0.5),
  /** …and there are at least this many */
  NEGATIVE_ALERT_MIN_COMMENTS: intFrom(4),
  PUBLISH_CONCURRENCY: intFrom(8),
  PUBLISH_CONCURRENCY_LINKEDIN: intFrom(DEFAULT_NETWORK_LIMITS.linkedin),
  PUBLISH_CONCURRENCY_FACEBOOK: intFrom(DEFAULT_NETWORK_LIMITS.facebook),
  PUBLISH_CONCURRENCY_X: intFrom(DEFAULT_NETWORK_LIMITS.x),
  RUN_DEADLINE_MS: intFrom(50_000),
  /** "off" where a platform calls the cron routes instead (Vercel) */
  SCHEDULER: z.enum(["on", "off"]).default("on"),
  SHUTDOWN_GRACE_MS: intFrom(10_000),
  AI_BASE_URL: z.string().url().optional(),
  AI_API_KEY: z.string().optional(),
  AI_MODEL: z.string().optional(),
  /** an OpenAI-compatible image model ("gpt-image-1"): "Generate an illustration" uses it, the card is the fallback */
  AI_IMAGE_MODEL: z.string().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Social CM <no-reply@localhost>"),
  OUTBOUND_ALLOWED_HOSTS: z.string().default(""),
  /** set by Next: "development" under npm run dev, where the CSP allows hot reloading */
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /** "1" behind one reverse proxy that appends the client's address to X-Forwarded-For */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** set by Vercel, whose edge overwrites X-Forwarded-For with the client's address */
  VERCEL: z.string().optional(),
  // OAuth apps: a network without its pair shows a disabled Connect button naming them.
  LINKEDIN_CLIENT_ID: z.string().trim().optional(),
  LINKEDIN_CLIENT_SECRET: z.string().trim().optional(),
  FACEBOOK_APP_ID: z.string().trim().optional(),
  FACEBOOK_APP_SECRET: z.string().trim().optional(),
  X_CLIENT_ID: z.string().trim().optional(),
  X_CLIENT_SECRET: z.string().trim().optional(),
  LINKEDIN_OAUTH_BASE_URL: z.string().url().default("https://www.linkedin.com"),
  FACEBOOK_OAUTH_BASE_URL: z.string().url().default("https://www.facebook.com"),
  X_OAUTH_BASE_URL: z.string().url().default("https://x.com"),
  LINKEDIN_API_BASE_URL: z.string().url().default("https://api.linkedin.com"),
  LINKEDIN_API_VERSION: z.string().default("202510"),
  /** "off" when the LinkedIn app lacks the Community Management API: people then post as themselves */
  LINKEDIN_ORGANIZATIONS: z.enum(["on", "off"]).default("on"),
  FACEBOOK_GRAPH_BASE_URL: z.string().url().default("https://graph.facebook.com"),
  FACEBOOK_GRAPH_VERSION: z.string().default("v23.0"),
  X_API_BASE_URL: z.string().url().default("https://api.x.com"),
  PUBLISH_TIMEOUT_MS: intFrom(15_000),
  /** the media library's folder when no S3 bucket is set; default: media/ in the data directory */
  MEDIA_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_DIR: z.string().min(1).optional(),
  S3_BUCKET: z.string().trim().min(1).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().trim().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (source === process.env && cached) return cached;
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}

/** `host` or `host:port` entries the outbound guard lets reach private addresses; read alone so tools without a full env can fetch. */
export function outboundAllowedHosts(source: Record<string, string | undefined> = process.env): string[] {
  return envSchema.shape.OUTBOUND_ALLOWED_HOSTS.parse(source.OUTBOUND_ALLOWED_HOSTS)
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * A few variables, parsed by the same schema but read afresh and alone: for the proxy, the auth checks and
 * tools that run without the whole environment (getEnv validates every variable and caches the result).
 */
export function envPick<K extends keyof Env>(
  keys: readonly K[],
  source: Record<string, string | undefined> = process.env,
): Pick<Env, K> {
  const id = keys.join(",");
  // zod compiles an object schema on its first parse; a schema built per call recompiles on every request.
  let schema = pickSchemas.get(id);
  if (!schema) pickSchemas.set(id, (schema = z.object(Object.fromEntries(keys.map((k) => [k, envSchema.shape[k]])))));
  // Empty strings mean "unset", as in oauthEnv.
  const clean = Object.fromEntries(
    keys.flatMap((k) => (source[k] === undefined || source[k] === "" ? [] : [[k, source[k]]])),
  );
  return schema.parse(clean) as unknown as Pick<Env, K>;
}
const pickSchemas = new Map<string, z.ZodObject>();

const trustProxySchema = envSchema.pick({ TRUST_PROXY: true, VERCEL: true });

/** Whether X-Forwarded-For comes from a proxy we trust; read alone because the sign-in route needs nothing else. */
export function trustProxy(source: Record<string, string | undefined> = process.env): boolean {
  const parsed = trustProxySchema.safeParse(source);
  return parsed.success && (parsed.data.TRUST_PROXY === "1" || parsed.data.VERCEL === "1");
}

export const oauthEnvSchema = envSchema.pick({
  NEXTAUTH_URL: true,
  LINKEDIN_CLIENT_ID: true,
  LINKEDIN_CLIENT_SECRET: true,
  FACEBOOK_APP_ID: true,
  FACEBOOK_APP_SECRET: true,
  X_CLIENT_ID: true,
  X_CLIENT_SECRET: true,
  LINKEDIN_OAUTH_BASE_URL: true,
  FACEBOOK_OAUTH_BASE_URL: true,
  X_OAUTH_BASE_URL: true,
  LINKEDIN_API_BASE_URL: true,
  LINKEDIN_API_VERSION: true,
  LINKEDIN_ORGANIZATIONS: true,
  FACEBOOK_GRAPH_BASE_URL: true,
  FACEBOOK_GRAPH_VERSION: true,
  X_API_BASE_URL: true,
  PUBLISH_TIMEOUT_MS: true,
});
export type OAuthEnv = z.infer<typeof oauthEnvSchema>;

/** The OAuth apps' settings alone, so the publishing path can refresh tokens without the whole env. */
export function oauthEnv(source: Record<string, string | undefined> = process.env): OAuthEnv {
  // Empty strings mean "unset" (a blank line in an env file must not switch a default off).
  const clean = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""));
  return oauthEnvSchema.parse(clean);
}
