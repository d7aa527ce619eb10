import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { collectComments } from "@/lib/listening/collect-comments";
import { runDaily } from "@/lib/orchestration/run-daily";
import { createCommentSource } from "@/lib/wiring/listening-adapters";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { dailyInput, type Fakes, fakeEnv, makeDeps, seedPublishing } from "./support/orchestration";

const root = path.resolve(__dirname, "../..");
const labelled = (lang: string) =>
  JSON.parse(readFileSync(path.join(root, `tests/fixtures/sentiment-${lang}.json`), "utf8")) as [string, string][];

/** The figures the README states, e.g. "**93%** of the English comments and **80%** of the French ones". */
function readmeAccuracy() {
  const m = /labels \*\*(\d+)%\*\* of the English comments and \*\*(\d+)%\*\* of the French ones/.exec(
    readFileSync(path.join(root, "README.md"), "utf8").replace(/\s+/g, " "),
  );
  if (!m) throw new Error("README does not state the sentiment accuracy");
  return { en: Number(m[1]) / 100, fr: Number(m[2]) / 100 };
}

let db: Db;
let fakes: Fakes;
beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());

describe("sentiment on the labelled sets", () => {
  it("ships 100 labelled comments per language", () => {
    for (const lang of ["en", "fr"]) {
      const set = labelled(lang);
      expect(set).toHaveLength(100);
      for (const label of ["positive", "neutral", "negative"])
        expect(set.filter(([, l]) => l === label).length).toBeGreaterThanOrEqual(25);
    }
  });

  it("labels the stored comments at least as accurately as the README says", async () => {
    const { ws, brand } = await seedPublishing(db);
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id),
    );
    const fb = await db.publication.findFirstOrThrow({ where: { brandId: brand.id, platform: "facebook" } });
    const at = Date.now();
    const sets = { en: labelled("en"), fr: labelled("fr") };
    // Facebook gives no language: detection and scoring both happen here, as for real comments.
    const all = [...sets.en, ...sets.fr];
    fakes.fakes.facebook.listening.setComments(
      fb.remoteId!,
      all.map(([text], i) => ({ authorId: `l${i}`, authorName: `Reader ${i}`, text, createdAt: at + i })),
    );
    const res = await collectComments(
      {
        db,
        now: new Date(at + 3_600_000),
        keyRing: () => keyRingFromEnv(),
        commentsFor: (n) => createCommentSource(n, { env: fakeEnv(fakes) }),
      },
      { windowDays: 7, brandId: brand.id },
    );
    expect(res.failed).toBe(0);
    const stored = await db.socialComment.findMany({ where: { postId: fb.postId } });
    const byText = new Map(stored.map((c) => [c.text, c]));
    const accuracy = (set: [string, string][]) =>
      set.filter(([text, label]) => byText.get(text)?.sentiment === label).length / set.length;
    const stated = readmeAccuracy();
    expect(accuracy(sets.en)).toBeGreaterThanOrEqual(stated.en);
    expect(accuracy(sets.fr)).toBeGreaterThanOrEqual(stated.fr);
    expect(stored.filter((c) => c.language === "fr").length).toBeGreaterThanOrEqual(90);
  });
});
