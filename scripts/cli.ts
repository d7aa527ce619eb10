import { parseArgs } from "node:util";
import path from "node:path";
import { closeDb, createDb, type Db } from "../lib/db";
import { createApiToken } from "../lib/api-tokens/create-api-token";
import { ROLES } from "../lib/workspaces/roles";
import { startEmbeddedPostgres } from "./lib/db/embedded";

const USAGE = `Usage:
  npm run cli -- token create --workspace <slug> [--role owner|approver|editor|viewer] [--name <name>]

Uses DATABASE_URL when set, otherwise the embedded database of npm start (a running app's is reused).`;

function usageError(problem: string): never {
  console.error(`${problem}\n\n${USAGE}`);
  process.exit(2);
}

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  let stop = async () => {};
  let url = process.env.DATABASE_URL;
  if (!url) {
    const pg = await startEmbeddedPostgres({ dataDir: path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data", "pg") });
    url = pg.url;
    stop = pg.stop;
  }
  const db = createDb(url);
  try {
    return await fn(db);
  } finally {
    await closeDb(db);
    await stop();
  }
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        workspace: { type: "string" },
        role: { type: "string", default: "editor" },
        name: { type: "string", default: "cli" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    // node's own message suggests "--" tricks that make no sense here; the usage says what is expected
    usageError(err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, ".") : String(err));
  }
  const { positionals, values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals[0] !== "token" || positionals[1] !== "create") {
    usageError(positionals.length ? `Unknown command "${positionals.join(" ")}".` : "No command given.");
  }
  if (!values.workspace) usageError("--workspace <slug> is required.");
  const role = values.role as (typeof ROLES)[number];
  if (!ROLES.includes(role)) usageError(`Unknown role "${role}".`);
  const token = await withDb(async (db) => {
    const ws = await db.workspace.findUnique({ where: { slug: values.workspace! } });
    if (!ws) throw new Error(`No workspace with slug "${values.workspace}".`);
    return createApiToken({ db, workspaceId: ws.id, name: values.name!, role });
  });
  console.log(`Created ${token.role} token "${token.name}" for workspace ${values.workspace}. It is shown once:`);
  console.log(token.token);
}

main().catch((err) => {
  // Prisma's P2021: the tables are missing, so this database was never migrated
  if (err && typeof err === "object" && "code" in err && err.code === "P2021") {
    console.error("This database has no tables yet: start the app once (npm start) or run npm run db:migrate.");
  } else console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
