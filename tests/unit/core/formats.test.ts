// The run board shows a brand's run times in the brand's time zone, whatever the viewer's (or the
// server's, when it renders the page) zone is.
import { describe, expect, it } from "vitest";
import { formatsFor } from "@/components/i18n/formats";

describe("formatsFor().dateTime", () => {
  it("formats in the zone it is given", () => {
    const f = formatsFor("en-US");
    expect(f.dateTime("2026-12-05T11:30:00Z", "Europe/Paris")).toBe("Dec 5, 2026, 12:30");
    expect(f.dateTime("2026-07-05T11:30:00Z", "America/New_York")).toBe("Jul 5, 2026, 07:30");
    expect(f.dateTime("2026-12-05T23:30:00Z", "Asia/Tokyo")).toBe("Dec 6, 2026, 08:30");
  });
});
