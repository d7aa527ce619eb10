import { describe, expect, it } from "vitest";
import { foldText } from "@/components/calendar/fold-text";

describe("foldText", () => {
  it("never cuts an emoji in half", () => {
    const body = `${"a".repeat(9)}😀 and more`;
    // the 10th and 11th code units are the emoji's two halves
    expect(foldText(body, 10)).toBe("a".repeat(9));
    expect(foldText(body, 11)).toBe(`${"a".repeat(9)}😀`);
    expect(foldText("short", 10)).toBe("short");
    expect(foldText("words and spaces here", 10)).toBe("words and");
  });
});
