import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildCtaLink } from "@/lib/strategy/build-cta-link";
import { contentHash } from "@/lib/strategy/content-hash";
import { generatePlan, type GeneratePlanInput } from "@/lib/strategy/generate-plan";
import { NETWORKS } from "@/lib/strategy/networks";
import { acmeEn, acmeFr } from "./fixtures";
import { planViolations } from "./plan-rules";

const month = (brief = acmeEn, extra: Partial<GeneratePlanInput> = {}): GeneratePlanInput => ({
  brief,
  startDate: "2025-03-01",
  durationDays: 31,
  networks: [...NETWORKS],
  seed: 7,
  ...extra,
});

describe("generatePlan", () => {
  it("plans 93 posts for 31 days on 3 networks, one per day per network", () => {
    const input = month();
    const plan = generatePlan(input);
    expect(plan.posts).toHaveLength(93);
    expect(new Set(plan.posts.map((p) => `${p.date}/${p.network}`)).size).toBe(93);
    expect(plan.pillars.map((p) => p.key)).toEqual([
      "education",
      "behind_the_scenes",
      "customer_proof",
      "industry_insight",
      "product_value",
      "community",
    ]);
    expect(planViolations(plan, input)).toEqual([]);
    expect(plan.posts.at(-1)!.date).toBe("2025-03-31");
  });

  it("writes French with a non-breaking space before ? ! : ;", () => {
    const input = month(acmeFr);
    const plan = generatePlan(input);
    expect(planViolations(plan, input)).toEqual([]);
    const text = plan.posts.map((p) => p.body).join("\n");
    expect(text).toMatch(/\u00A0[?:]/);
    expect(text.replace(/https?:\/\/\S+/g, "")).not.toMatch(/ [?!:;]/);
    for (const post of plan.posts)
      expect(post.body).toMatch(/(^|[\s’])(vous|votre|vos|nous|notre|nos|les|des|pour|de|la|le|une|du|et)\s/);
    expect(plan.guidelines.toneOfVoice).toContain("clair");
    expect(plan.pillars[1]!.name).toBe("Coulisses");
  });

  it("keeps English free of French spacing", () => {
    const plan = generatePlan(month(acmeEn));
    for (const post of plan.posts) expect(post.body).not.toMatch(/[\u00A0\u202F]/);
  });

  it("is deterministic, and another seed gives another valid month", () => {
    const a = generatePlan(month());
    expect(generatePlan(month())).toEqual(a);
    const b = generatePlan(month(acmeEn, { seed: 8 }));
    expect(b.posts.map((p) => p.body)).not.toEqual(a.posts.map((p) => p.body));
    expect(b.posts.map((p) => p.pillar)).not.toEqual(a.posts.map((p) => p.pillar));
    expect(planViolations(b, month())).toEqual([]);
  });

  it("gives a favoured pillar more slots while every pillar still appears", () => {
    const input = month(acmeEn, { weights: { pillars: { customer_proof: 3, community: 0.5 } } });
    const plan = generatePlan(input);
    expect(planViolations(plan, { ...input, weighted: true })).toEqual([]);
    for (const network of NETWORKS) {
      const counts = new Map<string, number>();
      for (const p of plan.posts.filter((q) => q.network === network))
        counts.set(p.pillar, (counts.get(p.pillar) ?? 0) + 1);
      expect(counts.size).toBe(6);
      expect(counts.get("customer_proof")).toBeGreaterThan(counts.get("education")!);
      expect(counts.get("community")).toBeLessThanOrEqual(counts.get("education")!);
    }
  });

  it("biases formats and hooks with learning weights", () => {
    const base = generatePlan(month());
    const tuned = generatePlan(month(acmeEn, { weights: { formats: { poll: 8 }, hooks: { story: 8 } } }));
    const count = (plan: typeof base, pred: (p: (typeof base.posts)[number]) => boolean) =>
      plan.posts.filter(pred).length;
    expect(count(tuned, (p) => p.format === "poll")).toBeGreaterThan(count(base, (p) => p.format === "poll"));
    expect(count(tuned, (p) => p.hookTemplate === "story")).toBeGreaterThan(
      count(base, (p) => p.hookTemplate === "story"),
    );
  });

  it("alternates A/B hooks on a pillar under test", () => {
    const plan = generatePlan(
      month(
        { ...acmeEn, audienceName: "marketing managers" },
        { abTests: { education: ["Stop guessing, {audience}.", "Your reports, in 5 minutes."] } },
      ),
    );
    const posts = plan.posts.filter((p) => p.network === "linkedin" && p.pillar === "education");
    const tagged = posts.filter((p) => p.abVariant);
    expect(tagged.length).toBeGreaterThanOrEqual(2);
    tagged.forEach((p, i) => {
      expect(p.abVariant).toBe(i % 2 ? "B" : "A");
      expect(p.hook).toBe(i % 2 ? "Your reports, in 5 minutes." : "Stop guessing, marketing managers.");
      expect(p.hookTemplate).toBe(`ab:education:${p.abVariant}`);
    });
  });

  it("never repeats an X text in a month, a thread's later parts included (X refuses a duplicate)", () => {
    for (const [brief, seed] of [acmeEn, acmeFr].flatMap((b) =>
      [1, 2, 3, 5, 8, 13, 21, 34].map((s) => [b, s] as const),
    )) {
      const plan = generatePlan(month(brief, { seed }));
      const texts = plan.posts.filter((p) => p.network === "x").flatMap((p) => p.threadParts ?? [p.body]);
      expect(
        plan.posts.some((p) => p.threadParts),
        `seed ${seed}: no thread to check`,
      ).toBe(true);
      expect(
        texts.filter((t, i) => texts.indexOf(t) !== i),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  it("tags every link with UTM parameters for the slot", () => {
    const plan = generatePlan(month());
    const post = plan.posts.find((p) => p.network === "x")!;
    const url = new URL(post.link!);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      utm_source: "x",
      utm_medium: "social",
      utm_campaign: post.pillar,
      utm_content: `${post.date}-x`,
    });
    expect(post.body).toContain(post.link);
    expect(
      buildCtaLink("https://example.com/demo?ref=a#top", { network: "linkedin", pillar: "education", postId: "p1" }),
    ).toBe(
      "https://example.com/demo?ref=a&utm_source=linkedin&utm_medium=social&utm_campaign=education&utm_content=p1#top",
    );
    for (const url of [
      "https://ÉXAMPLE.com:443/a b?utm_source=old&x=1%202",
      "http://user:pw@example.com",
      "https://example.com/#",
    ]) {
      const expected = new URL(url);
      for (const [k, v] of Object.entries({
        utm_source: "x",
        utm_medium: "social",
        utm_campaign: "a&b",
        utm_content: "p 1",
      }))
        expected.searchParams.set(k, v);
      expect(buildCtaLink(url, { network: "x", pillar: "a&b", postId: "p 1" })).toBe(expected.toString());
    }
  });

  it("keeps X posts within 280 weighted characters even for a huge brief", () => {
    const huge = {
      ...acmeFr,
      // the brief's maxima (lib/strategy/brief.ts)
      name: "Énorme ".repeat(11).trim(),
      positioning: "漢字".repeat(500),
      valueProps: ["🚀".repeat(150), "mot ".repeat(75)],
    };
    const input = month(huge);
    const plan = generatePlan(input);
    expect(planViolations(plan, input)).toEqual([]);
    for (const post of plan.posts.filter((p) => p.network === "x")) {
      expect(post.length).toBeLessThanOrEqual(280);
      expect(post.body).not.toMatch(/\p{L}…\p{L}/u);
    }
  });

  it("places brand-local times and uses publish times from the brief", () => {
    const plan = generatePlan(month({ ...acmeEn, timezone: "America/New_York", publishTimes: { x: "08:15" } }));
    const x = plan.posts.find((p) => p.network === "x" && p.date === "2025-03-03")!;
    expect(x.time).toBe("08:15");
    expect(x.scheduledAt).toBe("2025-03-03T13:15:00.000Z");
    const li = plan.posts.find((p) => p.network === "linkedin" && p.date === "2025-03-10")!;
    expect(li.scheduledAt).toBe("2025-03-10T13:00:00.000Z"); // after the US switch to EDT
  });

  it("rejects invalid requests with a validation error", () => {
    expect(() => generatePlan(month(acmeEn, { durationDays: 32 }))).toThrow(AppError);
    expect(() => generatePlan(month(acmeEn, { startDate: "2025-02-30" }))).toThrow(AppError);
    expect(() => generatePlan(month({ ...acmeEn, ctaTargets: [] }))).toThrow(AppError);
  });

  it("hashes bodies with sha256", () => {
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
