import { describe, expect, it } from "vitest";
import { describeResults, type ResultWords } from "@/lib/orchestration/describe-results";
import { msg, renderText } from "@/lib/i18n/render-text";

const words =
  (locale: "en" | "fr"): ResultWords =>
  (key, values) =>
    renderText(msg(`runs.results.${key}`, values), locale);

describe("describeResults", () => {
  it("says published, or still failing with the reason, never just 'Retried'", () => {
    const en = words("en");
    expect(describeResults([{ platform: "linkedin", status: "published", error: null }], undefined, en)).toBe(
      "LinkedIn: published",
    );
    expect(
      describeResults(
        [{ platform: "linkedin", status: "failed", error: { message: "503 Service Unavailable" } }],
        undefined,
        en,
      ),
    ).toBe("LinkedIn: still failing: 503 Service Unavailable");
    expect(
      describeResults(
        [
          { platform: "x", status: "published", error: null },
          { platform: "facebook", status: "unknown", error: null },
        ],
        undefined,
        en,
      ),
    ).toBe("X: published · Facebook: still failing");
    expect(describeResults([], "x", en)).toBe("X: nothing was sent.");
  });

  it("says it in French too", () => {
    expect(describeResults([{ platform: "x", status: "published", error: null }], undefined, words("fr"))).toBe(
      "X\u00a0: publié",
    );
  });
});
