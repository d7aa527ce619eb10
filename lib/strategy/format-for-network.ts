import type { Language } from "./brief";
import { codePointLength, truncateWords } from "./fit-text";
import { measureLength, NETWORK_LIMITS, type Network, type PostFormat } from "./networks";
import { getCopy } from "./render";
import { applyTypography } from "./typography";

/** The rendered pieces of a post; formatForNetwork lays them out and makes them fit. */
export interface PostParts {
  language: Language;
  format: PostFormat;
  hook: string;
  lead: string;
  intro: string;
  /** value props, shown as a list by list angles and carousels */
  bullets: string[];
  /** the value prop of the day as a sentence, for angles that are not lists */
  point: string;
  outro: string;
  question: string;
  pollQuestion: string;
  pollOptions: string[];
  cta: string;
  link: string | null;
  hashtags: string[];
  /** the tone allows one emoji marker */
  emoji: boolean;
  listAngle: boolean;
}

interface FormattedPost {
  body: string;
  hashtags: string[];
  length: number;
  limit: number;
  threadParts?: string[];
  /** LinkedIn carousels: the document's slides, the body being the text that introduces it */
  slides?: string[];
}

interface Doc {
  hook: string;
  middle: string[];
  cta: string;
  link: string | null;
  tags: string[];
  /** kept through every shrink step, e.g. a thread counter */
  marker: string;
}

const SEP = "\n\n";

/**
 * Links carry a slot key until the persistence layer swaps in the real post id (a UUID is
 * up to ~20 characters longer), so bodies measured by raw length keep that much spare room.
 * X counts a URL as 23 whatever its length, so it needs none, unless X does not see the link as
 * a URL (a domain on a suffix it does not know) and counts its every character.
 */
const LINK_ID_HEADROOM = 40;
const X_URL_WEIGHT = 23;

function fitLimit(network: Network, link: string | null): number {
  if (network !== "x") return NETWORK_LIMITS[network] - LINK_ID_HEADROOM;
  // Whether X sees a URL depends on its host, not on the query: measuring the address alone hits the
  // length cache once per CTA target instead of parsing every post's own tagged link.
  const countedAsUrl = !link || measureLength("x", link.replace(/[?#].*$/, "")) === X_URL_WEIGHT;
  return NETWORK_LIMITS.x - (countedAsUrl ? 0 : LINK_ID_HEADROOM);
}

function ctaLine(doc: Doc, language: Language): string {
  if (!doc.cta) return doc.link ?? "";
  if (!doc.link) return doc.cta;
  return `${doc.cta}${language === "fr-FR" ? "\u00A0:" : ":"} ${doc.link}`;
}

function assemble(doc: Doc, language: Language): string {
  return [doc.hook, ...doc.middle, ctaLine(doc, language), doc.tags.join(" "), doc.marker].filter(Boolean).join(SEP);
}

/** Shrinks one text so the whole body loses `over` units; "" means it should be dropped. */
function shrink(text: string, over: number, min: number): string {
  const target = codePointLength(text) - over - 2;
  return target < min ? "" : truncateWords(text, target);
}

/**
 * Shrinks in order of least editorial loss: body paragraphs, then hashtags, hook, CTA wording,
 * and the link last. X drops hashtags first since they weigh a lot against 280.
 */
function fit(network: Network, doc: Doc, language: Language): { body: string; length: number; tags: string[] } {
  const limit = fitLimit(network, doc.link);
  let body = assemble(doc, language);
  let len = measureLength(network, body);
  const over = () => len - limit;
  const steps: (() => boolean)[] = [];
  const dropTag = () => doc.tags.pop() !== undefined;
  const shrinkMiddle = () => {
    const i = doc.middle.length - 1;
    if (i < 0) return false;
    const next = shrink(doc.middle[i]!, over(), 30);
    if (next) doc.middle[i] = next;
    else doc.middle.pop();
    return true;
  };
  const shrinkField = (field: "hook" | "cta", min: number) => () => {
    const next = shrink(doc[field], over(), min);
    if (!next || next === doc[field]) return false;
    doc[field] = next;
    return true;
  };
  if (network === "x") steps.push(dropTag);
  steps.push(shrinkMiddle, dropTag, shrinkField("hook", 20), shrinkField("cta", 10), () => {
    if (!doc.link) return false;
    doc.link = null;
    return true;
  });
  for (const step of steps) {
    while (len > limit && step()) {
      body = assemble(doc, language);
      len = measureLength(network, body);
    }
    if (len <= limit) return { body, length: len, tags: doc.tags };
  }
  // Only reachable with absurd inputs (a hook of hundreds of CJK characters): cut the whole text.
  let max = Math.min(codePointLength(body), limit);
  while (len > limit && max > 1) {
    body = truncateWords(body, max);
    len = measureLength(network, body);
    max -= Math.max(1, len - limit);
  }
  return { body, length: len, tags: doc.tags.filter((t) => body.includes(t)) };
}

function bulletList(items: string[]): string {
  return items.map((b) => `→ ${b}`).join("\n");
}

/**
 * A slide is read at a glance, in type large enough for a phone: past this many characters the slide
 * renderer has to shrink its type, so longer brief values are cut at a word.
 */
export const SLIDE_TEXT_MAX = 140;

/** A carousel's slides, from typeset parts: the angle's opening, one value prop per slide, its closing line, the CTA. */
function carouselSlides(t: PostParts): string[] {
  return [t.intro, ...t.bullets, t.outro, t.cta].map((s) => truncateWords(s.trim(), SLIDE_TEXT_MAX)).filter(Boolean);
}

function layout(network: Network, p: PostParts): Doc {
  const raw = getCopy(p.language).labels;
  const t = (s: string) => applyTypography(p.language, s);
  const labels = { carousel: t(raw.carousel), poll: t(raw.poll), comment: t(raw.comment) };
  const body = p.listAngle ? `${p.intro}\n${bulletList(p.bullets)}` : `${p.intro}${SEP}${p.point}`;
  const doc: Doc = {
    hook: p.hook,
    middle: [],
    cta: p.emoji ? `👉 ${p.cta}` : p.cta,
    link: p.link,
    tags: [...p.hashtags],
    marker: "",
  };
  switch (p.format) {
    case "carousel_outline":
      // The slides travel as the post's document; the text only introduces it.
      doc.middle = [p.lead, labels.carousel];
      break;
    case "poll":
      doc.middle = [
        p.lead,
        `${labels.poll} ${p.pollQuestion}\n${p.pollOptions.map((o) => `○ ${o}`).join("\n")}`,
        labels.comment,
      ];
      break;
    case "question":
      doc.middle = [p.lead, p.question, labels.comment];
      break;
    case "single":
      doc.middle = [p.listAngle ? p.lead : p.intro];
      break;
    default: // LinkedIn text and Facebook link posts share the lead / argument / takeaway shape
      doc.middle = [p.lead, body, p.outro];
  }
  return doc;
}

function typeset(p: PostParts): PostParts {
  const t = (s: string) => applyTypography(p.language, s);
  return {
    ...p,
    hook: t(p.hook),
    lead: t(p.lead),
    intro: t(p.intro),
    bullets: p.bullets.map(t),
    point: t(p.point),
    outro: t(p.outro),
    question: t(p.question),
    pollQuestion: t(p.pollQuestion),
    pollOptions: p.pollOptions.map(t),
    cta: t(p.cta),
  };
}

/**
 * An X thread: the first tweet carries the hook and the CTA link (publishers that post a
 * single tweet still deliver the CTA), the next ones the argument, the last one the hashtags.
 * Every part fits 280 on its own.
 */
export function threadParts(parts: PostParts): string[] {
  return buildThread(parts).map((t) => t.body);
}

function buildThread(parts: PostParts): { body: string; length: number; tags: string[] }[] {
  const p = typeset(parts);
  const rest = [
    p.lead,
    p.listAngle ? `${p.intro}\n${bulletList(p.bullets)}` : `${p.intro}${SEP}${p.point}`,
    p.outro,
  ].map((s) => applyTypography(p.language, s));
  const n = rest.length + 1;
  const first: Doc = {
    hook: `${p.hook}${p.emoji ? " 🧵" : ""}`,
    middle: [],
    cta: p.cta,
    link: p.link,
    tags: [],
    marker: `1/${n}`,
  };
  const out = [fit("x", first, p.language)];
  rest.forEach((text, i) => {
    const last = i === rest.length - 1;
    const doc: Doc = {
      hook: "",
      middle: [text],
      cta: "",
      link: null,
      tags: last ? [...p.hashtags] : [],
      marker: `${i + 2}/${n}`,
    };
    out.push(fit("x", doc, p.language));
  });
  return out;
}

/** Lays the parts out the way each network reads best, applies typography, and fits the limit. */
export function formatForNetwork(network: Network, parts: PostParts): FormattedPost {
  const limit = NETWORK_LIMITS[network];
  if (network === "x" && parts.format === "thread") {
    const all = buildThread(parts);
    const first = all[0]!;
    return {
      body: first.body,
      hashtags: all[all.length - 1]!.tags,
      length: first.length,
      limit,
      threadParts: all.map((t) => t.body),
    };
  }
  const p = typeset(parts);
  const doc = layout(network, p);
  // Sections are typeset again once joined: a part that starts with "!" only gets its space here.
  doc.middle = doc.middle.map((s) => applyTypography(p.language, s));
  const { body, length, tags } = fit(network, doc, p.language);
  const slides = network === "linkedin" && p.format === "carousel_outline" ? carouselSlides(p) : [];
  return { body, hashtags: tags, length, limit, ...(slides.length ? { slides } : {}) };
}
