// A chip shows the first words of its post; only the body's head is read, and the result must be the
// same as flattening the whole body.
import { describe, expect, it } from "vitest";
import { firstWords } from "@/lib/text/first-words";

function flattenAll(body: string, max: number): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  const half = /[\uD800-\uDBFF]$/.test(cut);
  return `${cut.slice(0, space > max / 2 ? space : half ? max - 1 : max)}…`;
}

describe("firstWords", () => {
  it("cuts at a word boundary and flattens line breaks", () => {
    expect(firstWords("Hello\n\nworld, this is a post", 14)).toBe("Hello world,…");
    expect(firstWords("  short  ", 60)).toBe("short");
  });

  it("never cuts an emoji in half", () => {
    expect(firstWords(`${"a".repeat(9)}😀😀`, 10)).toBe(`${"a".repeat(9)}…`);
  });

  it("matches flattening the whole body, whatever the whitespace", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ["word", "a", "longerword", " ", "  ", "\n\n", "\t", "        ", "😀", "é"];
    for (let i = 0; i < 2000; i++) {
      const body = Array.from(
        { length: Math.floor(rand() * 120) },
        () => pieces[Math.floor(rand() * pieces.length)],
      ).join("");
      const max = 1 + Math.floor(rand() * 150);
      expect(firstWords(body, max), JSON.stringify({ body, max })).toBe(flattenAll(body, max));
    }
  });
});
