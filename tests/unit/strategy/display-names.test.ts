import { describe, expect, it } from "vitest";
import { getCopy } from "@/lib/strategy/render";
import { PILLAR_KEYS } from "@/lib/strategy/pillars";
import { NETWORK_FORMATS } from "@/lib/strategy/networks";
import { angleName } from "@/lib/strategy/angle-names";
import { dimensionName, formatName, hookName, pillarName } from "@/lib/strategy/display-names";

describe("display names", () => {
  it("names every pillar as the plan copy does, in both languages", () => {
    for (const language of ["en-US", "fr-FR"] as const) {
      for (const key of PILLAR_KEYS) expect(pillarName(key, language)).toBe(getCopy(language).pillars[key].name);
    }
  });

  it("names every hook template, angle and format in both languages, never by its key", () => {
    for (const language of ["en-US", "fr-FR"] as const) {
      for (const hook of getCopy(language).hooks) expect(hookName(hook.id, language)).not.toMatch(/_/);
      // every angle has a name in each language (a key made into words would read the same in both)
      for (const angle of getCopy(language).angles)
        expect(angleName(angle.id, "fr-FR"), angle.id).not.toBe(angleName(angle.id, "en-US"));
      for (const format of Object.values(NETWORK_FORMATS).flat()) {
        expect(formatName(format, language)).not.toBe(format);
      }
    }
    expect(hookName("three_ideas")).toBe("Three ideas");
    expect(hookName("three_ideas", "fr-FR")).toBe("Trois idées");
  });

  it("names an A/B test's hook by its pillar and variant, in the reader's language", () => {
    // A/B hooks are stored as "ab:<pillar>:<variant>" and show in the hook weights and the by-hook chart.
    expect(hookName("ab:education:A", "fr-FR")).toBe("A/B A · Pédagogie et conseils");
    expect(hookName("ab:customer_proof:B")).toBe("A/B B · Customer proof");
  });

  it("turns an unknown key into words", () => {
    expect(dimensionName("pillar", "seasonal_offers")).toBe("Seasonal offers");
    expect(dimensionName("hook", "linkedin:custom_x")).toBe("Custom x");
  });
});
