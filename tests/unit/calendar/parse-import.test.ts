import { describe, expect, it } from "vitest";
import { parseImport, splitCells } from "@/lib/plans/parse-import";

const opts = { timeZone: "UTC", today: "2031-01-01", now: new Date("2031-01-01T00:00:00Z") };

describe("parseImport", () => {
  it("reads quoted cells with commas, quotes and line breaks", () => {
    const cells = splitCells('date,text\n2031-01-05,"Hello, ""you""\nthere"\n');
    expect(cells[1]).toEqual(["2031-01-05", 'Hello, "you"\nthere']);
    expect(cells.unclosed).toBeNull();
  });

  it("refuses a quote that never closes instead of reading the rest of the file as one cell", () => {
    const csv =
      'date,time,network,text\n2031-01-05,09:00,x,"Oops\n2031-01-06,09:00,x,Second\n2031-01-07,09:00,x,Third\n';
    const { rows, errors } = parseImport(csv, opts);
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 2, column: null });
  });

  it("refuses a wall time the clocks skip instead of shifting it an hour", () => {
    const paris = { ...opts, timeZone: "Europe/Paris" };
    const csv = "date,time,network,text\n2031-03-30,02:30,x,Spring\n2031-03-30,03:30,x,After\n";
    const { rows, errors } = parseImport(csv, paris);
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: "time" })]);
    expect(errors[0].message).toEqual({
      key: "errors.import.skippedTime",
      values: expect.objectContaining({ time: "02:30" }),
    });
    expect(rows).toEqual([expect.objectContaining({ time: "03:30", scheduledAt: new Date("2031-03-30T01:30:00Z") })]);
  });
});
