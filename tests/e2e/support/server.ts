// The browser tests' server: local fake networks (with a small control API for the tests) and the
// real app started the way a user starts it, on a throwaway embedded database.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startFakes } from "../../fakes/start-fakes";

export const CONTROL_PORT = Number(process.env.E2E_CONTROL_PORT ?? 3218);
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";

const fakes = await startFakes();
const control = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const network = url.searchParams.get("network") as "linkedin" | "facebook" | "x" | null;
  const fake = network ? fakes.fakes[network] : null;
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (!fake) return reply(400, { error: "network=linkedin|facebook|x" });
  if (req.method === "POST" && url.pathname === "/fail-next") {
    fake.failNext(url.searchParams.get("kind") as never);
    return reply(200, { ok: true });
  }
  if (req.method === "POST" && url.pathname === "/reset") {
    fake.reset();
    return reply(200, { ok: true });
  }
  if (url.pathname === "/posts") return reply(200, { posts: fake.posts, receivedCreates: fake.receivedCreates });
  reply(404, { error: "unknown" });
});
control.listen(CONTROL_PORT, "127.0.0.1");

const dataDir = mkdtempSync(path.join(tmpdir(), "scm-e2e-"));
const app = spawn("npx", ["tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    EMBEDDED_PG_DIR: dataDir,
    DATABASE_URL: "",
    CRON_SECRET: E2E_CRON_SECRET,
    LINKEDIN_API_BASE_URL: fakes.urls.linkedin,
    FACEBOOK_GRAPH_BASE_URL: fakes.urls.facebook,
    X_API_BASE_URL: fakes.urls.x,
  },
});

const stop = () => {
  app.kill("SIGTERM");
  control.close();
  void fakes.stop();
  setTimeout(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }, 1500);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", (code) => process.exit(code ?? 0));
