import type { Language } from "./brief";
import { truncateWords } from "./fit-text";
import { fit, SEP, type Doc, type FittedText } from "./fit-post";
import { NETWORK_LIMITS, type Network, type PostFormat } from "./networks";
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
  /** some text had to be cut inside a sentence (absurdly long brief values) */
  cut: boolean;
}

function bulletList(items: string[]): string {
  return items.map((b) => `→ ${b}`).join("\n");
}

/** The angle's opening, then its list or the day's value prop (empty when the hook or lead said it). */
function argument(p: PostParts): string {
  if (p.listAngle) return `${p.intro}\n${bulletList(p.bullets)}`;
  return p.point ? `${p.intro}${SEP}${p.point}` : p.intro;
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

function layout(p: PostParts, withSlides: boolean): Doc {
  const raw = getCopy(p.language).labels;
  const t = (s: string) => applyTypography(p.language, s);
  const labels = { carousel: t(raw.carousel), poll: t(raw.poll), comment: t(raw.comment) };
  const body = argument(p);
  const doc: Doc = {
    hook: p.hook,
    middle: [],
    cta: p.emoji ? `👉 ${p.cta}` : p.cta,
    link: p.link,
    tags: [...p.hashtags],
    marker: "",
  };
  switch (p.format) {
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
    case "carousel_outline":
      // The slides travel as the post's document; the text only introduces it. A post that carries
      // no slides (only LinkedIn gets them) reads as a text post, never pointing to a document.
      if (withSlides) {
        doc.middle = [p.lead, labels.carousel];
        break;
      }
    // falls through
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

function buildThread(parts: PostParts): FittedText[] {
  const p = typeset(parts);
  const rest = [p.lead, argument(p), p.outro].map((s) => applyTypography(p.language, s)).filter(Boolean);
  const fitPart = (text: string, i: number, n: number, tags: string[]) => {
    const doc: Doc = { hook: "", middle: [text], cta: "", link: null, tags: [...tags], marker: `${i + 2}/${n}` };
    return { ...fit("x", doc, p.language), empty: doc.middle.length === 0 };
  };
  let n = rest.length + 1;
  let tail = rest.map((text, i) => fitPart(text, i, n, i === rest.length - 1 ? p.hashtags : []));
  // A part whose every paragraph had to go is left out, and the others are numbered again.
  const kept = rest.filter((_, i) => !tail[i]!.empty);
  if (kept.length < rest.length) {
    n = kept.length + 1;
    tail = kept.map((text, i) => fitPart(text, i, n, i === kept.length - 1 ? p.hashtags : []));
  }
  const first: Doc = {
    hook: `${p.hook}${p.emoji ? " 🧵" : ""}`,
    middle: [],
    cta: p.cta,
    link: p.link,
    tags: [],
    marker: `1/${n}`,
  };
  return [fit("x", first, p.language), ...tail];
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
      cut: all.some((t) => t.cut),
    };
  }
  const p = typeset(parts);
  const slides = network === "linkedin" && p.format === "carousel_outline" ? carouselSlides(p) : [];
  const doc = layout(p, slides.length > 0);
  // Sections are typeset again once joined: a part that starts with "!" only gets its space here.
  doc.middle = doc.middle.map((s) => applyTypography(p.language, s)).filter(Boolean);
  const { body, length, tags, cut } = fit(network, doc, p.language);
  return { body, hashtags: tags, length, limit, cut, ...(slides.length ? { slides } : {}) };
}
