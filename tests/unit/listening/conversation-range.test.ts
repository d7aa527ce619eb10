import { describe, expect, it } from "vitest";
import { presetRange } from "@/components/analytics/filters";
import { rangeProblem, resolveRange } from "@/components/listening/conversation-range";
import { commentsUrl } from "@/components/listening/use-listening";

const TODAY = "2030-03-15";

describe("the Conversations range", () => {
  it("defaults to the last 30 brand days, or to no dates for one post's whole conversation", () => {
    expect(resolveRange({}, TODAY, false)).toEqual({ from: "2030-02-14", to: TODAY });
    expect(resolveRange({}, TODAY, true)).toEqual({ from: null, to: null });
    expect(presetRange(TODAY, 7)).toEqual({ from: "2030-03-09", to: TODAY });
  });

  it("fills a missing end like the analytics filters do, and keeps wrong dates as written", () => {
    expect(resolveRange({ from: "2030-01-01" }, TODAY, false)).toEqual({ from: "2030-01-01", to: TODAY });
    expect(resolveRange({ to: "2030-01-31" }, TODAY, true)).toEqual({ from: "2030-01-02", to: "2030-01-31" });
    expect(resolveRange({ from: "2030-02-30", to: "soon" }, TODAY, false)).toEqual({
      from: "2030-02-30",
      to: "soon",
    });
    expect(resolveRange({ to: "soon" }, TODAY, false)).toEqual({ from: "", to: "soon" });
  });

  it("names what the API would refuse, with the API's own limit of 366 days", () => {
    expect(rangeProblem("2030-01-01", "2030-01-01")).toBeNull();
    expect(rangeProblem("2029-01-01", "2030-01-01")).toBeNull(); // 366 days, both ends included
    expect(rangeProblem("2029-01-01", "2030-01-02")).toEqual({ kind: "tooLong", days: 367, max: 366 });
    expect(rangeProblem("2030-02-01", "2030-01-31")).toEqual({ kind: "order" });
    expect(rangeProblem("", "2030-01-31")).toEqual({ kind: "date" });
    expect(rangeProblem("2030-02-30", "2030-03-01")).toEqual({ kind: "date" });
  });
});

describe("a page of comments", () => {
  const filters = {
    brand: "b",
    from: "2030-03-01",
    to: "2030-03-07",
    platform: "x",
    sentiment: null,
    post: null,
    unanswered: false,
  };

  it("asks for the range on every page, the next ones with the cursor", () => {
    const first = new URL(commentsUrl(filters, null), "http://x");
    const next = new URL(commentsUrl(filters, "abc"), "http://x");
    for (const u of [first, next]) {
      expect(u.searchParams.get("from")).toBe("2030-03-01");
      expect(u.searchParams.get("to")).toBe("2030-03-07");
      expect(u.searchParams.get("platform")).toBe("x");
    }
    expect(first.searchParams.has("cursor")).toBe(false);
    expect(first.searchParams.has("answered")).toBe(false);
    expect(new URL(commentsUrl({ ...filters, unanswered: true }, null), "http://x").searchParams.get("answered")).toBe(
      "no",
    );
    expect(next.searchParams.get("cursor")).toBe("abc");
  });

  it("sends no dates for one post's whole conversation", () => {
    const u = new URL(commentsUrl({ ...filters, from: null, to: null, post: "p1" }, null), "http://x");
    expect([u.searchParams.has("from"), u.searchParams.has("to"), u.searchParams.get("post")]).toEqual([
      false,
      false,
      "p1",
    ]);
  });
});
