import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { tagPostLink } from "@/lib/plans/tag-post-link";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { measureLength, NETWORK_LIMITS } from "@/lib/strategy/networks";
import { acmeEn } from "./fixtures";

const planned = {
  link: "https://acme.test/demo?utm_content=2026-03-02-linkedin",
  body: "Book a demo: https://acme.test/demo?utm_content=2026-03-02-linkedin",
  ctaTarget: "demo",
  network: "linkedin" as const,
  pillar: "education",
};
const tagged = (url: string) =>
  `${url}?utm_source=linkedin&utm_medium=social&utm_campaign=education&utm_content=post-1`;

describe("tagPostLink", () => {
  it("rebuilds the link for the post id, in the link and in the body", () => {
    const brand = { ctaTargets: [{ key: "demo", url: "https://acme.test/demo" }], website: null };
    expect(tagPostLink(brand, planned, "post-1")).toEqual({
      link: tagged("https://acme.test/demo"),
      body: `Book a demo: ${tagged("https://acme.test/demo")}`,
    });
  });

  it("falls back to the first target, then to the brand's website", () => {
    const other = { ctaTargets: [{ key: "news", url: "https://acme.test/news" }], website: null };
    expect(tagPostLink(other, planned, "post-1").link).toBe(tagged("https://acme.test/news"));
    const none = { ctaTargets: [], website: "https://acme.test/" };
    expect(tagPostLink(none, planned, "post-1").link).toBe(tagged("https://acme.test/"));
  });

  it("leaves a post without a link alone", () => {
    const brand = { ctaTargets: [{ key: "demo", url: "https://acme.test/demo" }], website: null };
    expect(tagPostLink(brand, { ...planned, link: null, body: "No link" }, "post-1")).toEqual({
      link: null,
      body: "No link",
    });
  });
});

describe("X posts whose link X does not count as a URL", () => {
  it("still fit 280 once the slot key becomes a post id", () => {
    // ".example" is no suffix X knows, so X counts the link's every character instead of 23.
    const brief = { ...acmeEn, ctaTargets: [{ key: "demo", url: "https://acme-analytics.example/demo" }] };
    const plan = generatePlan({ brief, startDate: "2025-03-01", durationDays: 31, networks: ["x"], seed: 7 });
    const brand = { ctaTargets: brief.ctaTargets, website: null };
    const linked = plan.posts.filter((p) => p.link);
    expect(linked.length).toBeGreaterThan(20);
    for (const post of linked) {
      const { body } = tagPostLink(brand, post, randomUUID());
      expect(measureLength("x", body)).toBeLessThanOrEqual(NETWORK_LIMITS.x);
    }
  });
});
