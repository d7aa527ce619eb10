import { parseArgs } from "node:util";
import path from "node:path";
import { closeDb, createDb, type Db } from "../lib/db";
import { createApiToken } from "../lib/api-tokens/create-api-token";
import { ROLES } from "../lib/workspaces/roles";
import { startEmbeddedPostgres } from "./lib/db/embedded";

const USAGE = `Usage:
  npm run cli -- token create --workspace <slug> [--role owner|approver|editor|viewer] [--name <name>]

Uses DATABASE_URL when set, otherwise the embedded database of npm start (stop the app first).`;

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
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      workspace: { type: "string" },
      role: { type: "string", default: "editor" },
      name: { type: "string", default: "cli" },
    },
  });
  if (positionals[0] !== "token" || positionals[1] !== "create" || !values.workspace) {
    console.error(USAGE);
    process.exit(2);
  }
  const role = values.role as (typeof ROLES)[number];
  if (!ROLES.includes(role)) {
    console.error(`Unknown role "${role}". ${USAGE}`);
    process.exit(2);
  }
  const token = await withDb(async (db) => {
    const ws = await db.workspace.findUnique({ where: { slug: values.workspace! } });
    if (!ws) throw new Error(`No workspace with slug "${values.workspace}".`);
    return createApiToken({ db, workspaceId: ws.id, name: values.name!, role });
  });
  console.log(`Created ${token.role} token "${token.name}" for workspace ${values.workspace}. It is shown once:`);
  console.log(token.token);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
