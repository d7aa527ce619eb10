// The browser tests' server: local fake networks (with their control API) and the real app,
// started the way a user starts it, on a throwaway embedded database. The built-in scheduler is off
// (E2E_SCHEDULER=on turns it on) so that only a test decides when publishing runs.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveFakes } from "../../fakes/serve-fakes";
import { E2E_CRON_SECRET } from "./constants";

const served = await serveFakes(Number(process.env.E2E_CONTROL_PORT ?? 3218));
const dataDir = mkdtempSync(path.join(tmpdir(), "scm-e2e-"));
const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    ...served.fakes.env,
    EMBEDDED_PG_DIR: dataDir,
    DATABASE_URL: "",
    CRON_SECRET: E2E_CRON_SECRET,
    // every spec signs up its own team from 127.0.0.1
    SIGNUP_LIMIT_PER_HOUR: "1000",
    SCHEDULER: process.env.E2E_SCHEDULER ?? "off",
  },
});

let stopping = false;
const stop = () => {
  stopping = true;
  app.kill("SIGTERM");
  void served.stop();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// The start script has stopped Next and the database by the time it exits.
app.on("exit", (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? 1));
});
