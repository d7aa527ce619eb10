import type { Brief } from "./brief";
import { PILLAR_KEYS } from "./copy/types";
import { applyTypography } from "./typography";
import { briefVars, getCopy, renderTemplate } from "./render";
import type { Pillar } from "./types";

export { PILLAR_KEYS };

export function buildPillars(brief: Brief): Pillar[] {
  const copy = getCopy(brief.language);
  const vars = briefVars(brief);
  return PILLAR_KEYS.map((key) => ({
    key,
    name: copy.pillars[key].name,
    description: applyTypography(brief.language, renderTemplate(copy.pillars[key].description, vars)),
  }));
}
