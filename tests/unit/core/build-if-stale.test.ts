import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsStale } from "@/scripts/lib/build-if-stale";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A checkout whose last build started at `builtAt`, with `file` last saved at `savedAt`. */
function checkout(builtAt: number, file: string, savedAt: number) {
  root = mkdtempSync(path.join(tmpdir(), "scm-build-"));
  for (const [name, at] of [
    [".next/BUILD_ID", builtAt],
    [file, savedAt],
  ] as const) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), "x");
    utimesSync(path.join(root, name), at / 1000, at / 1000);
  }
  return root;
}

describe("npm start's build check", () => {
  // ahead of now: the folders the test makes are dated now, and count as sources like their files
  const t = Date.now() + 60_000;

  it("builds again after a change to the messages, the schema or the code", () => {
    for (const file of ["messages/en.json", "prisma/schema.prisma", "components/x.tsx", "app/page.tsx"]) {
      expect(buildIsStale(checkout(t, file, t + 1000)), file).toBe(true);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("keeps a build newer than every source, and ignores generated code", () => {
    expect(buildIsStale(checkout(t, "components/x.tsx", t - 1000))).toBe(false);
    rmSync(root, { recursive: true, force: true });
    expect(buildIsStale(checkout(t, "lib/generated/client-messages.ts", t + 1000))).toBe(false);
  });

  it("builds when there is no build", () => {
    root = mkdtempSync(path.join(tmpdir(), "scm-build-"));
    writeFileSync(path.join(root, "proxy.ts"), "x");
    expect(buildIsStale(root)).toBe(true);
  });
});
