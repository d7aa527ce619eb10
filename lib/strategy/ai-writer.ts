import type { Brief } from "./brief";
import { measureLength, type Network } from "./networks";
import { applyTypography, cleanText } from "./typography";

export type WriteResult = { ok: true; body: string } | { ok: false; reason: string };

/** What the writer needs about one decided slot; the template body is the draft to improve on. */
export interface WriterSlot {
  network: Network;
  format: string;
  pillar: string;
  angle: string;
  hook: string;
  cta: string;
  link: string | null;
  hashtags: string[];
  body: string;
  /** a LinkedIn carousel's slides: they go out as a document, and the text written here introduces it */
  slides?: string[];
}

interface WriteWithAiInput {
  baseUrl: string;
  apiKey: string;
  model: string;
  slot: WriterSlot;
  brief: Brief;
  limit: number;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

const STOPWORDS = {
  "en-US": new Set([
    "the",
    "and",
    "you",
    "your",
    "for",
    "with",
    "this",
    "that",
    "are",
    "our",
    "is",
    "to",
    "of",
    "it",
    "we",
    "in",
    "on",
    "what",
    "how",
  ]),
  "fr-FR": new Set([
    "le",
    "la",
    "les",
    "des",
    "et",
    "vous",
    "votre",
    "vos",
    "pour",
    "avec",
    "une",
    "est",
    "nous",
    "notre",
    "dans",
    "du",
    "que",
    "qui",
    "pas",
    "sur",
  ]),
} as const;

/** Rough but cheap: counts the stopwords of each supported language and wants the brief's to win. */
function looksLikeLanguage(text: string, language: Brief["language"]): boolean {
  const words = text
    .replace(/https?:\/\/\S+/g, " ")
    .toLowerCase()
    .split(/[^\p{L}']+/u);
  let mine = 0;
  let other = 0;
  const otherLang = language === "fr-FR" ? "en-US" : "fr-FR";
  for (const w of words) {
    if (STOPWORDS[language].has(w)) mine++;
    else if (STOPWORDS[otherLang].has(w)) other++;
  }
  return mine >= 2 && mine > other;
}

function prompt(slot: WriterSlot, brief: Brief, limit: number) {
  const lang = brief.language === "fr-FR" ? "French (fr-FR, French typography)" : "American English (en-US)";
  const system = [
    `You write social media posts for the brand "${cleanText(brief.name)}".`,
    `Positioning: ${cleanText(brief.positioning)}. Audience: ${cleanText(brief.targetAudience)}. Tone: ${cleanText(brief.tone)}.`,
    brief.audienceName
      ? `Call the audience "${cleanText(brief.audienceName)}"; never paste the audience description into the post.`
      : "Never paste the audience description into the post.",
    `Write in ${lang}. Stay under ${limit} characters${slot.network === "x" ? " (X weighted count; a URL counts 23)" : ""}.`,
    "Reply with the post text only: no quotes, no explanations.",
  ].join("\n");
  const user = [
    `Network: ${slot.network}. Format: ${slot.format}. Pillar: ${slot.pillar}. Angle: ${slot.angle}.`,
    `Open with this hook or a close variant: ${slot.hook}`,
    `End with this call to action${slot.link ? ` and this exact link: ${slot.cta} ${slot.link}` : `: ${slot.cta}`}`,
    slot.hashtags.length ? `Hashtags to use at the end: ${slot.hashtags.join(" ")}` : "No hashtags.",
    ...(slot.slides?.length
      ? [
          `The post carries a document of ${slot.slides.length} slides, published with it:`,
          ...slot.slides.map((s, i) => `${i + 1}. ${s}`),
          "Write the text that introduces this document; do not list or number the slides in it.",
        ]
      : []),
    `Draft to improve:\n${slot.body}`,
  ].join("\n");
  return [
    { role: "system", content: system },
    { role: "user", content: user },
  ];
}

function unwrap(content: string): string {
  return content
    .trim()
    .replace(/^```[a-z]*\n?|\n?```$/g, "")
    .replace(/^["“«]\s*([\s\S]*?)\s*["”»]$/u, "$1")
    .trim();
}

/**
 * Asks an OpenAI-compatible chat endpoint to write one post, then refuses anything that
 * would hurt more than the template: empty, too long, wrong language, or without the link.
 */
export async function writeWithAi(input: WriteWithAiInput): Promise<WriteResult> {
  const { slot, brief, limit, fetchImpl = fetch, timeoutMs = 20_000 } = input;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let content: unknown;
  try {
    const res = await fetchImpl(`${input.baseUrl.replace(/\/+$/, "")}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${input.apiKey}` },
      body: JSON.stringify({ model: input.model, messages: prompt(slot, brief, limit), temperature: 0.7 }),
      signal: controller.signal,
    });
    if (!res.ok) return { ok: false, reason: `http_${res.status}` };
    const json = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
    content = json.choices?.[0]?.message?.content;
  } catch (err) {
    if (controller.signal.aborted) return { ok: false, reason: "timeout" };
    return { ok: false, reason: err instanceof SyntaxError ? "bad_response" : "network_error" };
  } finally {
    clearTimeout(timer);
  }
  if (typeof content !== "string") return { ok: false, reason: "bad_response" };
  let body = unwrap(content);
  if (!body) return { ok: false, reason: "empty" };
  if (!looksLikeLanguage(body, brief.language)) return { ok: false, reason: "wrong_language" };
  // The slides go out as the document; a text that pastes them again reads twice.
  if (slot.slides?.length && /^\W*(slide|diapo)s?\s*\d/im.test(body)) return { ok: false, reason: "lists_slides" };
  // The link carries the attribution tags; a post without it cannot be measured.
  if (slot.link && !body.includes(slot.link)) body = `${body}\n\n${slot.link}`;
  body = applyTypography(brief.language, body);
  if (measureLength(slot.network, body) > limit) return { ok: false, reason: "too_long" };
  return { ok: true, body };
}
