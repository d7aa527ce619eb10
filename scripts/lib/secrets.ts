import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

interface AppSecrets {
  NEXTAUTH_SECRET: string;
  APP_ENCRYPTION_KEY: string;
  CRON_SECRET: string;
}

const GENERATORS = {
  NEXTAUTH_SECRET: () => randomBytes(32).toString("base64url"),
  APP_ENCRYPTION_KEY: () => randomBytes(32).toString("base64"),
  CRON_SECRET: () => randomBytes(24).toString("base64url"),
  /** the embedded PostgreSQL superuser's password; never handed to the app, which gets a full URL */
  EMBEDDED_PG_PASSWORD: () => randomBytes(24).toString("base64url"),
};
type SecretName = keyof typeof GENERATORS;

/**
 * The embedded default generates each secret once and keeps it in `<dir>/secrets.json` (mode 600), so
 * restarts keep sessions, tokens and the database password. A secret missing from an older file is added.
 */
export function loadOrCreateSecret(dir: string, name: SecretName): string {
  const file = path.join(dir, "secrets.json");
  const stored = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Partial<Record<SecretName, string>>)
    : {};
  const found = stored[name];
  if (found) return found;
  mkdirSync(dir, { recursive: true });
  const value = GENERATORS[name]();
  writeFileSync(file, JSON.stringify({ ...stored, [name]: value }, null, 2), { mode: 0o600 });
  return value;
}

export function loadOrCreateSecrets(dir: string): AppSecrets {
  return {
    NEXTAUTH_SECRET: loadOrCreateSecret(dir, "NEXTAUTH_SECRET"),
    APP_ENCRYPTION_KEY: loadOrCreateSecret(dir, "APP_ENCRYPTION_KEY"),
    CRON_SECRET: loadOrCreateSecret(dir, "CRON_SECRET"),
  };
}

/** The folder's generated secrets, each replaced by the environment's when one is set there (a chosen key, a rotation). */
export function embeddedSecrets(dir: string, environment: Record<string, string | undefined>): AppSecrets {
  const generated = loadOrCreateSecrets(dir);
  return Object.fromEntries(
    Object.entries(generated).map(([name, value]) => [name, environment[name] || value]),
  ) as unknown as AppSecrets;
}

export function requireExternalSecrets(env: NodeJS.ProcessEnv): void {
  const missing = ["NEXTAUTH_SECRET", "APP_ENCRYPTION_KEY"].filter((k) => !env[k]);
  if (missing.length) {
    console.error(
      `DATABASE_URL is set, so secrets must come from the environment. Missing: ${missing.join(", ")}.\n` +
        `Generate them with:\n  export NEXTAUTH_SECRET=$(openssl rand -base64 32)\n  export APP_ENCRYPTION_KEY=$(openssl rand -base64 32)`,
    );
    process.exit(1);
  }
}
