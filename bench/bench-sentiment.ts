// Offline sentiment: accuracy on the labelled sets the tests ship, and comments scored per second.
// Part of `npm run bench`; alone: `npx tsx bench/bench-sentiment.ts` (a few seconds, no database).
import { readFileSync } from "node:fs";
import path from "node:path";
import { scoreSentiment } from "../lib/listening/sentiment";

const root = path.resolve(import.meta.dirname, "..");

export async function benchSentiment(seconds = 3) {
  const sets = Object.fromEntries(
    ["en", "fr"].map((lang) => [
      lang,
      JSON.parse(readFileSync(path.join(root, `tests/fixtures/sentiment-${lang}.json`), "utf8")) as [string, string][],
    ]),
  );
  const accuracy: Record<string, number> = {};
  for (const [lang, set] of Object.entries(sets)) {
    let right = 0;
    for (const [text, label] of set) if ((await scoreSentiment(text)).label === label) right++;
    accuracy[lang] = right / set.length;
  }
  const texts = [...sets.en, ...sets.fr].map(([t]) => t);
  let scored = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const t of texts) await scoreSentiment(t);
    scored += texts.length;
  }
  return { accuracy, perSecond: scored / ((performance.now() - start) / 1000), scored };
}

export function sentimentLine(r: Awaited<ReturnType<typeof benchSentiment>>) {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  return `sentiment (offline, nlp.js): accuracy ${pct(r.accuracy.en)} English, ${pct(r.accuracy.fr)} French on 100 labelled comments each; ${r.perSecond.toFixed(0)} comments/s (${r.scored} scored, one thread)`;
}

if (process.argv[1]?.endsWith("bench-sentiment.ts")) console.log(sentimentLine(await benchSentiment()));
