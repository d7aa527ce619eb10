import { describe, expect, it } from "vitest";
import { wordDiff } from "@/lib/history/word-diff";

const rebuild = (parts: ReturnType<typeof wordDiff>, side: "before" | "after") =>
  parts
    .filter((p) => p.kind === "same" || p.kind === (side === "before" ? "removed" : "added"))
    .map((p) => p.text)
    .join("");

describe("wordDiff", () => {
  it("marks the changed words only", () => {
    const parts = wordDiff("Dashboards in minutes for product teams", "Dashboards in seconds for product teams");
    expect(parts).toEqual([
      { kind: "same", text: "Dashboards in " },
      { kind: "removed", text: "minutes" },
      { kind: "added", text: "seconds" },
      { kind: "same", text: " for product teams" },
    ]);
  });

  it("rebuilds both texts exactly, line breaks included", () => {
    const before = "Line one\n\nLine two #tag";
    const after = "A new line one\nLine two";
    const parts = wordDiff(before, after);
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
  });

  it("is all same for equal texts and all added from empty", () => {
    expect(wordDiff("same text", "same text")).toEqual([{ kind: "same", text: "same text" }]);
    expect(wordDiff("", "new")).toEqual([{ kind: "added", text: "new" }]);
  });
});
