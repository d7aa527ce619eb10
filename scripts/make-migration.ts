// npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql
// with whatever schema.prisma changed since the last migration (the Wasm stand-in for
// `prisma migrate dev --create-only`). Uses $DATABASE_URL's server, or the embedded one,
// only for a temporary shadow database.
import { relative } from "node:path";
import { startEmbeddedPostgres } from "@/scripts/lib/db/embedded";
import { createMigration } from "@/scripts/lib/db/migrate";

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) {
    console.error("Usage: npm run db:migration -- <name>");
    process.exitCode = 2;
    return;
  }
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  try {
    const created = await createMigration(process.env.DATABASE_URL ?? embedded!.url, name);
    if (!created) console.log("schema.prisma matches the migrations: nothing to create.");
    else console.log(`Created ${relative(process.cwd(), created.path)}. Review it, then run npm run db:migrate.`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
