import { describe, expect, it } from "vitest";
import { pickLocale, readerRegion } from "@/lib/i18n/locales";
import { firstWeekday } from "@/components/calendar/month";
import { viewRange } from "@/components/calendar/view-range";

describe("the reader's locale", () => {
  it("picks the interface language from the setting, else the browser's first language we speak", () => {
    expect(pickLocale("fr", "en-US")).toBe("fr");
    expect(pickLocale(null, "de-DE,fr;q=0.8,en;q=0.5")).toBe("fr");
    expect(pickLocale(null, "de-DE")).toBe("en");
  });

  it("keeps the region of the browser's first language, for the first day of the week", () => {
    expect(readerRegion("en-GB,en;q=0.9", "en")).toBe("en-GB");
    expect(readerRegion("fr;q=0.4, en-US;q=0.9", "fr")).toBe("en-US");
    expect(readerRegion("*, not a tag!!", "fr")).toBe("fr");
    expect(readerRegion(null, "en")).toBe("en");
    expect([firstWeekday("en-US"), firstWeekday("en-GB"), firstWeekday("fr-FR"), firstWeekday("en")]).toEqual([
      0, 1, 1, 0,
    ]);
    // Wednesday 17 March 2027: the US week is Sunday to Saturday, the British Monday to Sunday.
    expect(viewRange("week", "2027-03", "2027-03-17", "en-US")).toEqual({ from: "2027-03-14", to: "2027-03-20" });
    expect(viewRange("week", "2027-03", "2027-03-17", "en-GB")).toEqual({ from: "2027-03-15", to: "2027-03-21" });
  });
});
