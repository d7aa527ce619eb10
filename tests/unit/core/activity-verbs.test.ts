// The activity log reads each audit action as words: an action recorded in the code with no words in a
// catalogue would show as its raw code ("member.remove").
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : sources(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

/** Every dotted string literal on a line that sets an audit event's `action`. */
function recordedActions(): string[] {
  const found = new Set<string>();
  for (const file of [...sources("lib"), ...sources("app")]) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!/\baction: /.test(line)) continue;
      for (const m of line.matchAll(/"([a-z_]+(?:\.[a-z_]+)+)"/g)) found.add(m[1]);
    }
  }
  return [...found].sort();
}

describe("the activity log's words", () => {
  it("exist in English and French for every action the code records", () => {
    const actions = recordedActions();
    expect(actions).toContain("member.remove");
    expect(actions.length).toBeGreaterThan(30);
    const key = (a: string) => a.replaceAll(".", "_");
    expect(actions.filter((a) => !(key(a) in en.activity.verb))).toEqual([]);
    expect(actions.filter((a) => !(key(a) in fr.activity.verb))).toEqual([]);
  });
});
