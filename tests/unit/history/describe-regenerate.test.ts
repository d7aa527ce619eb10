import { describe, expect, it } from "vitest";
import { describeRegenerate } from "@/lib/plans/classify-existing";

const none = { published: 0, approved: 0, in_review: 0, skipped: 0, edited: 0, moved: 0 };

describe("describeRegenerate", () => {
  it("reads like the issue's example", () => {
    expect(describeRegenerate({ ...none, approved: 21, edited: 1 }, 71)).toBe(
      "21 approved and 1 edited post kept, 71 drafts replaced",
    );
  });
  it("lists every kind, agrees in number, and says when a person's work is replaced on purpose", () => {
    expect(describeRegenerate({ ...none, published: 1, in_review: 2, moved: 3 }, 1)).toBe(
      "1 published, 2 in review and 3 moved posts kept, 1 draft replaced",
    );
    expect(describeRegenerate(none, 93)).toBe("nothing kept, 93 drafts replaced");
    expect(describeRegenerate({ ...none, skipped: 1 }, 5, 2)).toBe(
      "1 skipped post kept, 5 posts replaced (2 with a person's work)",
    );
  });
});
