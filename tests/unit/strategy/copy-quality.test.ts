import { describe, expect, it } from "vitest";
import type { BriefInput } from "@/lib/strategy/brief";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { SLIDE_TEXT_MAX } from "@/lib/strategy/format-for-network";
import { NETWORKS } from "@/lib/strategy/networks";
import { MAX_SLIDES } from "@/lib/schemas/post-extras";
import type { PlannedPost } from "@/lib/strategy/types";
import { typographyViolations } from "./plan-rules";

const base = {
  timezone: "Europe/Paris",
  ctaTargets: [
    { key: "shop", url: "https://example.com/shop" },
    { key: "newsletter", url: "https://example.com/news" },
  ],
  hashtagsAlways: [],
  hashtagsNever: [],
  publishTimes: {},
};

/** Four briefs as different as real customers: a bakery, a B2B SaaS, an HR consultancy, a climbing gym. */
const BRIEFS: BriefInput[] = [
  {
    ...base,
    name: "Boulangerie Lucie",
    positioning: "Le pain au levain cuit chaque matin dans le 11e, avec des farines bio de la région",
    targetAudience:
      "Parisiens actifs 25-55 ans, familles du quartier, amateurs de bon pain qui passent avant le travail",
    audienceName: "les familles du quartier",
    valueProps: ["du pain frais dès 7 h", "des farines bio et locales", "moins de gaspillage grâce au levain"],
    tone: "chaleureux",
    language: "fr-FR",
  },
  {
    ...base,
    name: "Acme Analytics",
    positioning: "the simplest analytics platform for small marketing teams",
    targetAudience:
      "Product managers and growth leads at B2B SaaS companies with 20 to 500 employees, mostly in Europe",
    audienceName: "growth teams",
    valueProps: ["save 5 hours a week on reporting", "all your channels in one dashboard", "set up in 10 minutes"],
    tone: "professional",
    language: "en-US",
  },
  {
    ...base,
    name: "Orée RH",
    positioning: "un cabinet de conseil RH pour les entreprises de taille intermédiaire",
    targetAudience:
      "équipes ressources humaines et dirigeants d'ETI industrielles en Auvergne-Rhône-Alpes, 200 à 2000 salariés",
    audienceName: "équipes RH",
    valueProps: [
      "un diagnostic social en deux semaines",
      "des entretiens annuels qui servent enfin",
      "l'accompagnement des managers",
    ],
    tone: "professionnel",
    language: "fr-FR",
  },
  {
    ...base,
    name: "Summit Climbing",
    positioning: "a bouldering gym where beginners feel welcome from the first visit.",
    targetAudience:
      "young adults 18-35 in the city looking for a social sport, beginners and intermediate climbers, students",
    valueProps: ["free intro session every Saturday", "new routes every week", "a café and co-working space upstairs"],
    tone: "friendly and playful",
    language: "en-US",
  },
];

const texts = (p: PlannedPost) => [p.body, ...(p.threadParts ?? []), ...(p.slides ?? []), p.hook, p.cta];
const withoutLinks = (t: string) => t.replace(/https?:\/\/\S+/g, "URL").replace(/#[\p{L}\p{N}_]+/gu, "#TAG");

function problems(text: string, brief: BriefInput): string[] {
  const out: string[] = [];
  const t = withoutLinks(text);
  if (text.includes(brief.targetAudience)) out.push("copies the long audience text");
  for (const sentence of t.split(/(?<=[.!?…])\s+|\n+/)) {
    const first = sentence.match(/\p{L}/u)?.[0];
    const lead = sentence.slice(0, sentence.search(/\p{L}/u));
    // "1/4", "→ ", "○ " and emoji may precede a sentence's first letter; a digit starts the sentence itself.
    if (first && !/\p{N}/u.test(lead) && first !== first.toUpperCase()) out.push(`lowercase sentence: ${sentence}`);
  }
  const doubled = t.match(/(?<![\p{L}\p{N}])(\p{L}+)\s+\1(?![\p{L}\p{N}])/iu);
  if (doubled) out.push(`doubled word: ${doubled[0]}`);
  const punct = t.match(/[.!?,;:]\s*[.,;:]|,\s*[!?]/);
  if (punct) out.push(`doubled punctuation: ${JSON.stringify(punct[0])} in ${t}`);
  if (brief.language === "fr-FR") {
    out.push(...typographyViolations(text, "fr-FR"));
    if (/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(t)) out.push(`straight apostrophe: ${t}`);
    const contraction = t.match(/(?<!\p{L})(à les|de les|à le|de le)(?!\p{L})/iu);
    if (contraction) out.push(`missing contraction: ${contraction[0]}`);
    const elision = t.match(/(?<!\p{L})(de|que|le|la|ne) [aeiouyàâéèêîôû]/iu);
    if (elision) out.push(`missing elision: ${elision[0]} in ${t}`);
  }
  return out;
}

/** A carousel is a document of slides, and its text introduces it instead of listing them. */
function carouselProblems(p: PlannedPost): string[] {
  const isCarousel = p.network === "linkedin" && p.format === "carousel_outline";
  if (!isCarousel) return p.slides ? [`slides on a ${p.network} ${p.format} post`] : [];
  if (!p.slides) return [`carousel without slides: ${p.body}`];
  const out: string[] = [];
  if (p.slides.length < 2 || p.slides.length > MAX_SLIDES) out.push(`slide count: ${p.slides.length}`);
  for (const slide of p.slides) {
    if (!slide.trim()) out.push("empty slide");
    if (slide.length > SLIDE_TEXT_MAX) out.push(`long slide: ${slide}`);
  }
  if (/(Slide|Diapo) \d+ —|→/.test(p.body)) out.push(`slides pasted in the text: ${p.body}`);
  return out;
}

describe("default copy over 12 months for 4 very different briefs", () => {
  for (const brief of BRIEFS) {
    it(`${brief.name} (${brief.language}): every post reads like a person wrote it`, () => {
      const found = new Map<string, string>();
      let posts = 0;
      let carousels = 0;
      for (let month = 0; month < 12; month++) {
        const start = `2027-${String(month + 1).padStart(2, "0")}-01`;
        const plan = generatePlan({ brief, startDate: start, durationDays: 28, networks: NETWORKS, seed: 7 + month });
        for (const p of plan.posts) {
          posts++;
          if (p.slides) carousels++;
          for (const problem of carouselProblems(p)) {
            const kind = problem.split(":")[0]!;
            if (!found.has(kind)) found.set(kind, problem);
          }
          for (const text of texts(p))
            for (const problem of problems(text, brief)) {
              const kind = problem.split(":")[0]!;
              if (!found.has(kind)) found.set(kind, problem);
            }
        }
      }
      expect(posts).toBe(12 * 28 * NETWORKS.length);
      // a LinkedIn format among three: a year has dozens of carousels, each checked slide by slide above
      expect(carousels).toBeGreaterThan(30);
      expect([...found.values()]).toEqual([]);
    }, 60_000);
  }
});
