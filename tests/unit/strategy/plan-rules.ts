import fc from "fast-check";
import type { BriefInput } from "@/lib/strategy/brief";
import { ctaPhrases } from "@/lib/strategy/compose-post";
import { SLIDE_MAX_CHARS } from "@/lib/schemas/post-extras";
import { NETWORKS, measureLength, type Network } from "@/lib/strategy/networks";
import { applyTypography } from "@/lib/strategy/typography";
import { briefVars, getCopy, renderTemplate } from "@/lib/strategy/render";
import { addDays, daysBetween } from "@/lib/dates/days";
import { briefSchema } from "@/lib/strategy/brief";
import type { Plan, PlannedPost } from "@/lib/strategy/types";

/** Shared checks: every rule a plan must obey, returned as readable violations. */
export function planViolations(
  plan: Plan,
  opts: { brief: BriefInput; durationDays: number; networks: readonly Network[]; weighted?: boolean },
): string[] {
  const out: string[] = [];
  const brief = briefSchema.parse(opts.brief);
  const nets = NETWORKS.filter((n) => opts.networks.includes(n));
  if (plan.posts.length !== opts.durationDays * nets.length)
    out.push(`expected ${opts.durationDays * nets.length} posts, got ${plan.posts.length}`);
  if (plan.pillars.length !== 6) out.push("expected 6 pillars");
  const bodies = new Set<string>();
  for (const p of plan.posts) {
    if (bodies.has(p.body)) out.push(`duplicate body on ${p.date} ${p.network}`);
    bodies.add(p.body);
    out.push(...postViolations(p, brief.language));
  }
  const ctaKeys = brief.ctaTargets.map((t) => t.key);
  for (const n of nets) {
    const posts = plan.posts.filter((p) => p.network === n).sort((a, b) => a.date.localeCompare(b.date));
    if (new Set(posts.map((p) => p.date)).size !== opts.durationDays) out.push(`${n}: not one post per day`);
    const counts = new Map<string, number>();
    for (const p of posts) counts.set(p.pillar, (counts.get(p.pillar) ?? 0) + 1);
    if (!opts.weighted && counts.size) {
      const values = [...counts.values()];
      const min = counts.size < 6 ? 0 : Math.min(...values);
      if (Math.max(...values) - min > 1) out.push(`${n}: uneven pillars ${JSON.stringify([...counts])}`);
    }
    if (opts.durationDays >= 6 && counts.size !== 6) out.push(`${n}: only ${counts.size} pillars`);
    for (let i = 0; i < posts.length; i++) {
      const a = posts[i]!;
      if (i > 0 && posts[i - 1]!.pillar === a.pillar)
        out.push(`${n}: pillar ${a.pillar} on consecutive days ${a.date}`);
      for (let j = i + 1; j < posts.length && daysBetween(a.date, posts[j]!.date) < 7; j++) {
        const b = posts[j]!;
        if (a.hookTemplate === b.hookTemplate) out.push(`${n}: hook ${a.hookTemplate} repeats ${a.date}/${b.date}`);
        if (a.angle === b.angle) out.push(`${n}: angle ${a.angle} repeats ${a.date}/${b.date}`);
      }
      // CTA rotation: each window of |targets| consecutive posts uses every target once.
      if (i + ctaKeys.length <= posts.length) {
        const window = new Set(posts.slice(i, i + ctaKeys.length).map((p) => p.ctaTarget));
        if (window.size !== ctaKeys.length) out.push(`${n}: CTA targets do not rotate at ${a.date}`);
      }
    }
  }
  const vars = briefVars(brief);
  const copy = getCopy(brief.language);
  const allowedCtas = new Set(
    brief.ctaTargets.flatMap((t) =>
      ctaPhrases(copy, t.key).map((ph) => applyTypography(brief.language, renderTemplate(ph, vars))),
    ),
  );
  for (const p of plan.posts) if (!allowedCtas.has(p.cta)) out.push(`CTA not in the brief's language: ${p.cta}`);
  return out;
}

export function postViolations(p: PlannedPost, language: "en-US" | "fr-FR"): string[] {
  const out: string[] = [];
  const measured = measureLength(p.network, p.body);
  if (measured !== p.length) out.push(`${p.date} ${p.network}: length ${p.length} but measured ${measured}`);
  if (measured > p.limit) out.push(`${p.date} ${p.network}: ${measured} > ${p.limit}`);
  if (!p.body.trim()) out.push(`${p.date} ${p.network}: empty body`);
  for (const part of p.threadParts ?? [])
    if (measureLength("x", part) > 280) out.push(`${p.date}: thread part too long`);
  if (p.threadParts && p.threadParts[0] !== p.body) out.push(`${p.date}: thread body is not its first part`);
  if (p.slides && (p.slides.length < 2 || p.slides.some((s) => !s.trim() || s.length > SLIDE_MAX_CHARS)))
    out.push(`${p.date}: slides the editor would refuse: ${JSON.stringify(p.slides)}`);
  for (const text of [p.body, ...(p.threadParts ?? []), ...(p.slides ?? []), p.hook, p.cta])
    out.push(...typographyViolations(text, language));
  return out;
}

/** French: U+00A0 before ? ! : ; (never a plain space); English: no NBSP at all. URLs are exempt. */
export function typographyViolations(text: string, language: "en-US" | "fr-FR"): string[] {
  if (language === "en-US") return /[\u00A0\u202F]/.test(text) ? [`NBSP in English text: ${JSON.stringify(text)}`] : [];
  const plain = text.replace(/https?:\/\/\S+/g, "URL");
  const out: string[] = [];
  for (let i = 1; i < plain.length; i++) {
    const c = plain[i]!;
    if (!"?!:;".includes(c)) continue;
    const prev = plain[i - 1]!;
    if ("?!:;\n".includes(prev)) continue;
    if (c === ":" && /\d/.test(prev) && /\d/.test(plain[i + 1] ?? "")) continue;
    if (prev !== "\u00A0")
      out.push(`missing NBSP before ${c} in ${JSON.stringify(plain.slice(Math.max(0, i - 20), i + 5))}`);
  }
  return out;
}

const word = fc.constantFrom(
  "growth",
  "équipe",
  "data",
  "Acme",
  "fast",
  "simple",
  "cloud",
  "café",
  "client",
  "ROI",
  "B2B",
  "déjà",
  "naïve",
  "Zoë",
);
const realistic = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(" "));
const weird = (max: number) =>
  // a grapheme can take several UTF-16 units, and the brief's limits count units
  fc.string({ unit: "grapheme", minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0 && s.length <= max);
const text = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: realistic(Math.ceil(max / 8)) },
    { weight: 1, arbitrary: weird(max) },
    { weight: 1, arbitrary: fc.constant("x".repeat(max)) },
  );

const cta = fc.record({
  key: fc.constantFrom(
    "demo",
    "trial",
    "newsletter",
    "blog",
    "contact",
    "pricing",
    "shop",
    "webinar",
    "misc",
    "download",
  ),
  url: fc.constantFrom(
    "https://example.com/demo",
    "https://example.co.uk/path?x=1#frag",
    "http://acme.io",
    `https://example.com/${"long-path/".repeat(60)}`,
    "https://localhost:3000/signup",
  ),
});

export const briefArb = (language?: "en-US" | "fr-FR"): fc.Arbitrary<BriefInput> =>
  fc.record({
    name: text(80),
    positioning: text(1000),
    targetAudience: text(1000),
    valueProps: fc.array(text(300), { minLength: 1, maxLength: 6 }),
    tone: fc.oneof(fc.constantFrom("professional", "friendly", "bold", "sympa et direct", "sérieux"), text(100)),
    language: language ? fc.constant(language) : fc.constantFrom("en-US" as const, "fr-FR" as const),
    timezone: fc.constantFrom(
      "Europe/Paris",
      "America/New_York",
      "Asia/Kolkata",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "UTC",
      "America/Sao_Paulo",
    ),
    ctaTargets: fc.uniqueArray(cta, { minLength: 1, maxLength: 4, selector: (c) => c.key }),
    hashtagsAlways: fc.array(fc.constantFrom("Acme", "#SaaS", "growth", "Marketing", "IA", "Données", "B2B"), {
      maxLength: 6,
    }),
    hashtagsNever: fc.array(fc.constantFrom("Tips", "Astuces", "Community", "Communauté", "Product", "Trends"), {
      maxLength: 5,
    }),
    publishTimes: fc.record(
      { linkedin: fc.constantFrom("08:00", "02:30", "23:59"), x: fc.constantFrom("17:00", "00:00") },
      { requiredKeys: [] },
    ),
  });

export const planArgsArb = fc.record({
  startDate: fc.integer({ min: 0, max: daysBetween("2020-01-01", "2035-12-31") }).map((d) => addDays("2020-01-01", d)),
  durationDays: fc.integer({ min: 1, max: 31 }),
  networks: fc.subarray([...NETWORKS], { minLength: 1 }),
  seed: fc.integer(),
});
