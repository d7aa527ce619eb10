// npm run db:migrate — applies pending migrations to $DATABASE_URL, or to the embedded
// database when it is unset (starting and stopping it around the run).
import { startEmbeddedPostgres } from "@/scripts/lib/db/embedded";
import { applyMigrations } from "@/scripts/lib/db/migrate";

async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const url = process.env.DATABASE_URL ?? embedded!.url;
  try {
    const applied = await applyMigrations(url);
    const where = embedded ? `embedded Postgres (${embedded.dataDir})` : redact(url);
    if (applied.length === 0) console.log(`Database is up to date: ${where}`);
    else
      console.log(`Applied ${applied.length} migration(s) to ${where}:\n${applied.map((n) => `  - ${n}`).join("\n")}`);
  } finally {
    await embedded?.stop();
  }
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
