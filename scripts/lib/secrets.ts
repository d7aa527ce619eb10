import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

interface AppSecrets {
  NEXTAUTH_SECRET: string;
  APP_ENCRYPTION_KEY: string;
  CRON_SECRET: string;
}

/** The embedded default generates its secrets once and keeps them beside its data, so restarts keep sessions and tokens readable. */
export function loadOrCreateSecrets(dir: string): AppSecrets {
  const file = path.join(dir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as AppSecrets;
  mkdirSync(dir, { recursive: true });
  const secrets: AppSecrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    CRON_SECRET: randomBytes(24).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
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
