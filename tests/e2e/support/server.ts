// The browser tests' server: local fake networks (with their control API) and the real app,
// started the way a user starts it, on a throwaway embedded database.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveFakes } from "../../fakes/serve-fakes";

export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";

const served = await serveFakes(Number(process.env.E2E_CONTROL_PORT ?? 3218));
const dataDir = mkdtempSync(path.join(tmpdir(), "scm-e2e-"));
const app = spawn("npx", ["tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    ...served.fakes.env,
    EMBEDDED_PG_DIR: dataDir,
    DATABASE_URL: "",
    CRON_SECRET: E2E_CRON_SECRET,
  },
});

const stop = () => {
  app.kill("SIGTERM");
  void served.stop();
  setTimeout(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }, 1500);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", (code) => process.exit(code ?? 0));
