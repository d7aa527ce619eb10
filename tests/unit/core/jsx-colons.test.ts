// French puts a no-break space before a colon ("X\u00a0:"), so a colon written in JSX right after a
// value ("{label}:") reads wrong in French. Such a lead-in belongs in the catalogue, where
// messages.test.ts checks French typography.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith(".tsx") ? [join(dir, e.name)] : [],
  );
}

describe("JSX text", () => {
  it("never writes a colon straight after an expression", () => {
    const found = ["app", "components"].flatMap(tsxFiles).flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) => (/\}:\s*<\//.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
