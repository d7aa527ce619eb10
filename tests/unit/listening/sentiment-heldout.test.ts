import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreSentiment } from "@/lib/listening/sentiment";

const root = path.resolve(__dirname, "../../..");
const labelled = (name: string) =>
  JSON.parse(readFileSync(path.join(root, `tests/fixtures/sentiment-${name}.json`), "utf8")) as [string, string][];

/** The held-out figures the README states: "measure it fairly: 87% English (…) and 85% French (…)". */
function readmeHeldOut() {
  const m = /measure it fairly: (\d+)% English \([^)]*\) and (\d+)% French/.exec(
    readFileSync(path.join(root, "README.md"), "utf8").replace(/\s+/g, " "),
  );
  if (!m) throw new Error("README does not state the held-out sentiment accuracy");
  return { en: Number(m[1]) / 100, fr: Number(m[2]) / 100 };
}

describe("sentiment on the held-out sets", () => {
  it("labels them at least as accurately as the README says", async () => {
    const want = readmeHeldOut();
    for (const lang of ["en", "fr"] as const) {
      const set = labelled(`${lang}-heldout`);
      let right = 0;
      for (const [text, label] of set) if ((await scoreSentiment(text)).label === label) right++;
      expect(Math.round((100 * right) / set.length) / 100, lang).toBeGreaterThanOrEqual(want[lang]);
    }
  });

  it("reads a French complaint about price and a question about support as a person would", async () => {
    expect((await scoreSentiment("Trop cher pour ce que c'est, très décevant.")).label).toBe("negative");
    expect((await scoreSentiment("Bravo à toute l'équipe !")).label).toBe("positive");
    expect((await scoreSentiment("Is there a free trial?")).label).toBe("neutral");
    expect((await scoreSentiment("Very disappointed with the support lately.")).label).toBe("negative");
  });
});
