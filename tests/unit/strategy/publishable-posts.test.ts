import { describe, expect, it } from "vitest";
import { briefFromBrand } from "@/lib/plans/brief-from-brand";
import type { BriefInput } from "@/lib/strategy/brief";
import { en } from "@/lib/strategy/copy/en";
import { fr } from "@/lib/strategy/copy/fr";
import { PILLAR_KEYS } from "@/lib/strategy/copy/types";
import { formatForNetwork, type PostParts } from "@/lib/strategy/format-for-network";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { HASHTAG_POLICY } from "@/lib/strategy/hashtags";
import { NETWORKS } from "@/lib/strategy/networks";
import type { PlannedPost } from "@/lib/strategy/types";

/** The brief of the user test that found these posts unpublishable. */
const bikes: BriefInput = {
  name: "Acme Bikes",
  positioning: "Electric bikes for commuters who want to stop arriving sweaty and stuck in traffic",
  targetAudience: "urban commuters 25-50 who drive or take transit to work",
  audienceName: "city commuters",
  valueProps: [
    "Battery lasts a full week of commuting",
    "Test ride at home for free",
    "Servicing included for two years",
  ],
  tone: "friendly and upbeat",
  language: "en-US",
  timezone: "Europe/Paris",
  keywords: ["e-bikes", "commuting", "urban mobility"],
  ctaTargets: [
    { key: "shop", url: "https://acmebikes.example.com/shop" },
    { key: "test-ride", url: "https://acmebikes.example.com/test-ride" },
  ],
};

const velos: BriefInput = {
  ...bikes,
  name: "Vélos Acme",
  positioning: "Des vélos électriques pour arriver au bureau sans transpirer ni rester coincé dans les bouchons",
  audienceName: "les cyclistes urbains",
  valueProps: ["Une batterie qui tient une semaine entière", "Essai gratuit à domicile", "Entretien inclus deux ans"],
  tone: "chaleureux",
  language: "fr-FR",
  keywords: ["vélo électrique", "mobilité urbaine"],
};

/** Value props long enough that X cannot carry every part of a post. */
const wordy: BriefInput = {
  ...bikes,
  keywords: [],
  valueProps: [
    "Battery lasts a full week of commuting, so you charge once on Sunday night and ride all week without a thought",
    "Test ride at home for free: we bring the bike to your door, you ride your own commute, and we pick it up after",
    "Servicing included for two years, at home or at work, with a loan bike while yours is in the workshop",
  ],
};

function months(brief: BriefInput, count = 6): PlannedPost[] {
  return Array.from(
    { length: count },
    (_, m) =>
      generatePlan({
        brief,
        startDate: `2027-${String(m + 1).padStart(2, "0")}-01`,
        durationDays: 28,
        networks: NETWORKS,
        seed: 11 + m,
      }).posts,
  ).flat();
}

/** What a post publishes as text: its body, or every tweet of its thread. */
const sent = (p: PlannedPost) => (p.threadParts ?? [p.body]).join("\n\n");

describe("hashtags", () => {
  it("come from the brand's keywords and name, never from words of its positioning", () => {
    for (const [brief, allowed] of [
      [bikes, ["#EBikes", "#Commuting", "#UrbanMobility", "#AcmeBikes"]],
      [velos, ["#VéloÉlectrique", "#MobilitéUrbaine", "#VélosAcme"]],
    ] as const) {
      const tags = new Set(months(brief).flatMap((p) => p.hashtags));
      expect([...tags].filter((t) => !(allowed as readonly string[]).includes(t))).toEqual([]);
      expect(tags.size).toBeGreaterThan(1);
    }
  });

  it("use the keywords saved on the brand", () => {
    const brief = briefFromBrand({
      ...bikes,
      audienceName: null,
      website: null,
      keywords: ["e-bikes"],
      hashtagsAlways: [],
      hashtagsNever: [],
      publishTimes: {},
      postingStartHour: 7,
      postingEndHour: 21,
    });
    expect(new Set(months(brief, 1).flatMap((p) => p.hashtags))).toEqual(new Set(["#EBikes", "#AcmeBikes"]));
  });

  it("stay few, and a brand without keywords gets its name rather than made-up tags", () => {
    const posts = months({ ...bikes, keywords: [] }, 2);
    for (const p of posts) expect(p.hashtags.length).toBeLessThanOrEqual(HASHTAG_POLICY[p.network].max);
    expect(new Set(posts.flatMap((p) => p.hashtags))).toEqual(new Set(["#AcmeBikes"]));
  });
});

describe("one post says each thing once", () => {
  for (const [label, brief] of Object.entries({ bikes, velos, wordy })) {
    it(`${label}: no value prop nor sentence twice in a post`, () => {
      for (const p of months(brief)) {
        const text = sent(p).toLowerCase();
        for (const vp of brief.valueProps) expect(text.split(vp.toLowerCase()).length - 1).toBeLessThanOrEqual(1);
        const sentences = text
          .replace(/https?:\/\/\S+/g, "")
          .split(/(?<=[.!?])\s+|\n+/)
          .map((s) => s.replace(/^[→○👉\s]+/u, "").trim())
          .filter((s) => s.length > 15);
        expect(sentences.length - new Set(sentences).size).toBe(0);
      }
    });
  }
});

describe("copy that fits any brand", () => {
  // A bike shop's or a bakery's readers are not all at work: no template assumes a job or a career.
  const WORK_ONLY =
    /career|carrière|\bjobs?\b|daily work|at work|colleagues|collègues|e-mails?|emails?|\bteams\b|équipes/i;

  it("no hook, angle or pillar text assumes the reader's job", () => {
    for (const copy of [en, fr]) {
      const texts = [
        ...copy.hooks.map((h) => h.text),
        ...copy.angles.flatMap((a) => [a.intro, a.outro]),
        ...PILLAR_KEYS.flatMap((k) => {
          const p = copy.pillars[k];
          return [...p.leads, p.question, p.pollQuestion, ...p.pollOptions];
        }),
      ];
      expect(texts.filter((t) => WORK_ONLY.test(t))).toEqual([]);
    }
  });

  it("only a post that carries slides points to them", () => {
    for (const brief of [bikes, velos]) {
      for (const p of months(brief, 3)) {
        const mentions = /swipe|slides|faites défiler|quelques pages/i.test(sent(p));
        expect(mentions).toBe(p.format === "carousel_outline" && (p.slides?.length ?? 0) >= 2);
      }
    }
    const parts: PostParts = {
      language: "en-US",
      format: "carousel_outline",
      hook: "A quick story.",
      lead: "Here is a simple method.",
      intro: "Step by step:",
      bullets: ["Test ride at home for free"],
      point: "",
      outro: "Try it.",
      question: "",
      pollQuestion: "",
      pollOptions: [],
      cta: "Shop now",
      link: "https://acmebikes.example.com/shop",
      hashtags: [],
      emoji: false,
      listAngle: true,
    };
    // Facebook publishes no generated document, so its text must not announce one.
    expect(formatForNetwork("facebook", parts).body).not.toMatch(/swipe|slides/i);
  });
});

describe("X posts that must be shortened", () => {
  it("lose whole sentences or parts, never end on half of one", () => {
    const xTexts = months(wordy).flatMap((p) => (p.network === "x" ? (p.threadParts ?? [p.body]) : []));
    expect(xTexts.filter((t) => t.includes("…"))).toEqual([]);
    // Every value prop still reaches X somewhere: shortening drops parts, not whole posts' substance.
    for (const vp of wordy.valueProps) expect(xTexts.some((t) => t.includes(vp))).toBe(true);
  });
});
