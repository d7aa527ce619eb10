import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envSchema } from "@/lib/env";
import { SCHEDULE } from "@/lib/scheduler/schedule";

const read = (file: string) => readFileSync(path.resolve(__dirname, "../../..", file), "utf8");
const defaults = envSchema.parse({
  DATABASE_URL: "postgres://x",
  NEXTAUTH_SECRET: "0123456789abcdef",
  APP_ENCRYPTION_KEY: Buffer.alloc(32).toString("base64"),
});

describe("the deployment guides' files agree with the code", () => {
  it("the systemd unit runs what npm start runs, and stops it through the start script in time", () => {
    const unit = read("deploy/social-cm-orchestrator.service");
    const start = JSON.parse(read("package.json")).scripts.start as string;
    expect(unit).toMatch(new RegExp(`^ExecStart=/usr/bin/env ${start}$`, "m"));
    expect(unit).toMatch(/^KillMode=mixed$/m);
    const stopSec = Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)![1]);
    expect(stopSec * 1000).toBeGreaterThan(defaults.SHUTDOWN_GRACE_MS + 10_000);
  });

  it("Vercel migrates before it builds", () => {
    const vercel = JSON.parse(read("vercel.json"));
    expect(vercel.buildCommand).toBe("npm run db:migrate && npm run build");
  });

  it("every cron route lets a run finish inside its maxDuration", () => {
    for (const s of SCHEDULE) {
      const route = read(`app${s.path}/route.ts`);
      const max = /export const maxDuration = (\d+);/.exec(route);
      if (max) expect(Number(max[1]) * 1000 - defaults.RUN_DEADLINE_MS).toBeGreaterThanOrEqual(10_000);
    }
  });
});
