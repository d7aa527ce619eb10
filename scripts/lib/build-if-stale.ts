import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "lib",
  "components",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "prisma",
  "messages",
  "scripts/generate.mjs",
  "scripts/generate-client-messages.mjs",
  "scripts/generate-api-routes.mjs",
];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === "generated" || entry === "node_modules") continue;
    max = Math.max(max, newestMtime(path.join(p, entry)));
  }
  return max;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

/**
 * Rebuilds only when a source is newer than the last build, so a second `npm start` is quick. A build is
 * what `npm run build` does: the generated code first (the Prisma client, the API route list, the message
 * namespaces each page sends), or a page would ship the catalogue of an older checkout. The build is
 * dated from its start, so a file saved while it ran makes the next start build again.
 */
export function buildIfStale(root: string, env: NodeJS.ProcessEnv) {
  if (!buildIsStale(root) && !env.FORCE_BUILD) {
    console.log("› The build is up to date.");
    return;
  }
  console.log("› Building the app (next build)…");
  const started = new Date();
  run("node", ["scripts/generate.mjs"], env);
  run("npx", ["next", "build"], env);
  utimesSync(path.join(root, ".next/BUILD_ID"), started, started);
}

/** Whether a source (code, messages, schema, the generators) changed since the last build started. */
export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  return Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s)))) >= built;
}
