// Offline sentiment: accuracy on the labelled sets the tests ship, and comments scored per second.
// Part of `npm run bench`; alone: `npx tsx bench/bench-sentiment.ts` (a few seconds, no database).
import { readFileSync } from "node:fs";
import path from "node:path";
import { scoreSentiment } from "../lib/listening/sentiment";

const root = path.resolve(import.meta.dirname, "..");

const labelled = (name: string) =>
  JSON.parse(readFileSync(path.join(root, `tests/fixtures/sentiment-${name}.json`), "utf8")) as [string, string][];

async function accuracyOn(set: [string, string][]) {
  let right = 0;
  for (const [text, label] of set) if ((await scoreSentiment(text)).label === label) right++;
  return right / set.length;
}

export async function benchSentiment(seconds = 3) {
  const sets = { en: labelled("en"), fr: labelled("fr") };
  const accuracy = { en: await accuracyOn(sets.en), fr: await accuracyOn(sets.fr) };
  // Written after the lexicons were chosen and before the supplement (sentiment-supplement.ts) was.
  const heldOut = { en: await accuracyOn(labelled("en-heldout")), fr: await accuracyOn(labelled("fr-heldout")) };
  const texts = [...sets.en, ...sets.fr].map(([t]) => t);
  let scored = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const t of texts) await scoreSentiment(t);
    scored += texts.length;
  }
  return { accuracy, heldOut, perSecond: scored / ((performance.now() - start) / 1000), scored };
}

export function sentimentLine(r: Awaited<ReturnType<typeof benchSentiment>>) {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  return `sentiment (offline, nlp.js): accuracy ${pct(r.accuracy.en)} English, ${pct(r.accuracy.fr)} French on 100 labelled comments each (held-out sets: ${pct(r.heldOut.en)} of 30 English, ${pct(r.heldOut.fr)} of 60 French); ${r.perSecond.toFixed(0)} comments/s (${r.scored} scored, one thread)`;
}

if (process.argv[1]?.endsWith("bench-sentiment.ts")) console.log(sentimentLine(await benchSentiment()));
