import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// V8 keeps String#replace and RegExp#split on their fast path only while no regex has had `constructor`
// assigned (its "RegExp species protector"). core-js 2, which twitter-text imports, does that once in a
// feature check, and every regex replace in the process then ran about 8× slower: the server, the
// scheduler and the publishers all measure X posts. The check needs V8's own view, so it runs in a child.
const PROGRAM = `
  const before = %RegExpSpeciesProtector();
  const { measureLength } = await import("./lib/strategy/networks.ts");
  const length = measureLength("x", "Read it here: https://example.com/a/long/path 👋");
  console.log(JSON.stringify({ before, after: %RegExpSpeciesProtector(), length }));
`;

describe("measuring an X post", () => {
  it("leaves V8's fast regex path on for the whole process", () => {
    const child = spawnSync(
      process.execPath,
      ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", PROGRAM],
      { cwd: process.cwd(), encoding: "utf8" },
    );
    expect(child.stderr).toBe("");
    // a URL counts 23 and an emoji 2, so twitter-text did run
    expect(JSON.parse(child.stdout)).toEqual({ before: true, after: true, length: 14 + 23 + 1 + 2 });
  }, 60_000);
});
