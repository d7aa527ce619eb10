import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "lib",
  "components",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "prisma/schema.prisma",
  "app/globals.css",
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

/** Rebuilds only when a source is newer than the last build, so a second `npm start` is quick. */
export function buildIfStale(root: string, env: NodeJS.ProcessEnv) {
  if (!existsSync(path.join(root, "lib/generated/prisma/client.ts"))) run("node", ["scripts/generate.mjs"], env);
  const buildId = path.join(root, ".next/BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (built > newest && !env.FORCE_BUILD) {
    console.log("› The build is up to date.");
    return;
  }
  console.log("› Building the app (next build)…");
  run("npx", ["next", "build"], env);
}
