// X and Facebook refuse a text the account already posted: a new month, or a new variation of one post,
// must not repeat any text the brand's accounts carry, thread parts included.
import { describe, expect, it } from "vitest";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { postTexts } from "@/lib/strategy/compose-post";
import { NETWORKS } from "@/lib/strategy/networks";
import { recomposePost } from "@/lib/strategy/recompose-post";
import type { PlannedPost } from "@/lib/strategy/types";
import { acmeEn } from "./fixtures";

const month = (startDate: string, seed: number, avoidTexts?: string[]) =>
  generatePlan({ brief: acmeEn, startDate, durationDays: 28, networks: [...NETWORKS], seed, avoidTexts });
const texts = (posts: readonly PlannedPost[]) => posts.flatMap(postTexts);
const repeats = (posts: readonly PlannedPost[], earlier: readonly string[]) =>
  texts(posts).filter((t) => earlier.includes(t));

describe("texts the accounts already carry", () => {
  const january = texts(month("2027-01-01", 1).posts);

  it("are never repeated by the next month's plan", () => {
    // Without the list, the next month repeats some of January's thread parts (the case this guards).
    expect(repeats(month("2027-02-01", 2).posts, january).length).toBeGreaterThan(0);
    expect(repeats(month("2027-02-01", 2, january).posts, january)).toEqual([]);
  });

  it("are never repeated by a new variation of one post", () => {
    const february = month("2027-02-01", 2, january).posts;
    const threads = february.filter((p) => p.threadParts);
    expect(threads.length).toBeGreaterThan(0);
    const variations = (avoidTexts?: string[]) =>
      threads.flatMap((slot) =>
        [1, 2, 3, 4, 5].map((seed) => recomposePost({ brief: acmeEn, context: february, slot, seed, avoidTexts })),
      );
    expect(repeats(variations(), january).length).toBeGreaterThan(0);
    expect(repeats(variations(january), january)).toEqual([]);
  });
});
