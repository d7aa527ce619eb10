import { describe, expect, it } from "vitest";
import { csvDocument } from "@/lib/csv";
import { splitCells } from "@/lib/plans/parse-import";

const BOM = "\uFEFF";

describe("csvDocument", () => {
  it("keeps the comma by default, quoting only what a comma file needs", () => {
    expect(csvDocument([["a", "b;c", "d,e"]])).toBe(`${BOM}a,b;c,"d,e"\r\n`);
  });

  it("with a semicolon, quotes cells holding a semicolon, a quote or a line break, and doubles the quotes", () => {
    const rows = [
      ["id", "text", "link"],
      ["p1", "Soldes ; -20 % ce week-end", "https://ex.com/?a=1;b=2"],
      ["p2", 'Il a dit "bonjour"', null],
      ["p3", "ligne un\r\nligne deux\nligne trois", "virgule, sans guillemets"],
      ["p4", 42, undefined],
    ];
    expect(csvDocument(rows, { delimiter: ";" })).toBe(
      BOM +
        [
          "id;text;link",
          'p1;"Soldes ; -20 % ce week-end";"https://ex.com/?a=1;b=2"',
          'p2;"Il a dit ""bonjour""";',
          'p3;"ligne un\r\nligne deux\nligne trois";virgule, sans guillemets',
          "p4;42;",
        ].join("\r\n") +
        "\r\n",
    );
  });

  it("writes decimals with a comma in a semicolon file (French Excel reads 0.042 as text) and a point otherwise", () => {
    expect(csvDocument([[0.042, 12, -1.5, 10n]], { delimiter: ";" })).toBe(`${BOM}0,042;12;-1,5;10\r\n`);
    expect(csvDocument([[0.042, 12, -1.5]])).toBe(`${BOM}0.042,12,-1.5\r\n`);
  });

  it("still neutralises formulas with a semicolon, quoting them when they hold one", () => {
    expect(csvDocument([["=SUM(A1;A2)", "+1", "@x"]], { delimiter: ";" })).toBe(`${BOM}"'=SUM(A1;A2)";'+1;'@x\r\n`);
  });

  it("reads back cell for cell through the importer's own splitter", () => {
    const rows = [
      ["date", "network", "text"],
      ["2027-03-05", "x", 'a;b "c"\nd, e'],
      ["2027-03-06", "linkedin", ""],
    ];
    const cells = splitCells(csvDocument(rows, { delimiter: ";" }));
    expect(cells.unclosed).toBeNull();
    expect([...cells]).toEqual(rows);
  });
});
