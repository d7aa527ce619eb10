import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Argument problems are answered before any database is opened, so this needs none.
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run cli", () => {
  it("prints its usage for --help and exits 0", () => {
    const r = cli("--help");
    expect(r.status).toBe(0);
    expect(r.out).toContain("token create --workspace <slug>");
  });

  it.each([
    [["token", "create", "--workspace"], /argument missing/],
    [["token", "create", "--force"], /Unknown option '--force'\.$/m],
    [["token", "list"], /Unknown command "token list"/],
    [["token", "create"], /--workspace <slug> is required/],
    [["token", "create", "--workspace", "demo", "--role", "admin"], /Unknown role "admin"/],
  ])("%j says what is wrong, shows the usage and exits 2", (args, problem) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(problem);
    expect(r.err).toContain("Usage:");
  });
});
