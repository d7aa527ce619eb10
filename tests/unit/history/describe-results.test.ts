import { describe, expect, it } from "vitest";
import { describeResults } from "@/lib/orchestration/describe-results";

describe("describeResults", () => {
  it("says published, or still failing with the reason, never just 'Retried'", () => {
    expect(describeResults([{ platform: "linkedin", status: "published", error: null }])).toBe("LinkedIn: published");
    expect(
      describeResults([{ platform: "linkedin", status: "failed", error: { message: "503 Service Unavailable" } }]),
    ).toBe("LinkedIn: still failing: 503 Service Unavailable");
    expect(
      describeResults([
        { platform: "x", status: "published", error: null },
        { platform: "facebook", status: "unknown", error: null },
      ]),
    ).toBe("X: published · Facebook: still failing");
    expect(describeResults([], "x")).toBe("X: nothing was sent.");
  });
});
