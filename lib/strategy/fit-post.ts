import type { Language } from "./brief";
import { codePointLength, dropLastLine, dropLastSentence, truncateWords } from "./fit-text";
import { measureLength, NETWORK_LIMITS, type Network } from "./networks";

/** A post as blocks that can each shrink or go on their own. */
export interface Doc {
  hook: string;
  middle: string[];
  cta: string;
  link: string | null;
  tags: string[];
  /** kept through every shrink step, e.g. a thread counter */
  marker: string;
}

export interface FittedText {
  body: string;
  length: number;
  tags: string[];
  /** the text had to be cut inside a sentence: callers try other choices before keeping it */
  cut: boolean;
}

export const SEP = "\n\n";

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

/**
 * Shrinks in order of least editorial loss: the body's last paragraphs or list lines, then hashtags,
 * the hook's closing sentences, the CTA wording, and the link last. X drops hashtags first since they
 * weigh a lot against 280. Only whole sentences go: a post never ends on half of one.
 */
export function fit(network: Network, doc: Doc, language: Language): FittedText {
  const limit = fitLimit(network, doc.link);
  let body = assemble(doc, language);
  let len = measureLength(network, body);
  const steps: (() => boolean)[] = [];
  const dropTag = () => doc.tags.pop() !== undefined;
  const shrinkMiddle = () => {
    const i = doc.middle.length - 1;
    if (i < 0) return false;
    const next = dropLastLine(doc.middle[i]!);
    if (next) doc.middle[i] = next;
    else doc.middle.pop();
    return true;
  };
  const shrinkHook = () => {
    const next = dropLastSentence(doc.hook);
    if (!next) return false;
    doc.hook = next;
    return true;
  };
  const dropCta = () => {
    if (!doc.cta || !doc.link) return false;
    doc.cta = "";
    return true;
  };
  if (network === "x") steps.push(dropTag);
  steps.push(shrinkMiddle, dropTag, shrinkHook, dropCta, () => {
    if (!doc.link) return false;
    doc.link = null;
    return true;
  });
  for (const step of steps) {
    while (len > limit && step()) {
      body = assemble(doc, language);
      len = measureLength(network, body);
    }
    if (len <= limit) return { body, length: len, tags: doc.tags, cut: false };
  }
  // Only reachable with absurd inputs (a hook of hundreds of CJK characters): cut the whole text.
  let max = Math.min(codePointLength(body), limit);
  while (len > limit && max > 1) {
    body = truncateWords(body, max);
    len = measureLength(network, body);
    max -= Math.max(1, len - limit);
  }
  return { body, length: len, tags: doc.tags.filter((t) => body.includes(t)), cut: true };
}
