import type { Brief, Language } from "./brief";
import { en } from "./copy/en";
import { fr } from "./copy/fr";
import type { Copy } from "./copy/types";
import { capitalize, cleanText, stripEndPunctuation } from "./typography";

export function getCopy(language: Language): Copy {
  return language === "fr-FR" ? fr : en;
}

/** Brief fields cleaned once per plan, ready to drop into templates. */
export interface BriefVars {
  name: string;
  audience: string;
  positioning: string;
  tone: string;
  valueProps: string[];
}

/** Trailing punctuation goes (templates add their own) unless it is all the field has. */
function field(text: string): string {
  const clean = cleanText(text);
  return stripEndPunctuation(clean) || clean;
}

export function briefVars(brief: Brief): BriefVars {
  return {
    name: cleanText(brief.name),
    audience: field(brief.targetAudience),
    positioning: field(brief.positioning),
    tone: field(brief.tone),
    valueProps: brief.valueProps.map(field).filter(Boolean),
  };
}

/** Fills {name} {audience} {positioning} {tone} {vp}; the first letter is capitalised as a sentence start. */
export function renderTemplate(template: string, vars: BriefVars, vp = ""): string {
  if (!template.includes("{")) return capitalize(template);
  const out = template.replace(/\{(name|audience|positioning|tone|vp)\}/g, (_, key: string) => {
    if (key === "vp") return vp || vars.valueProps[0] || vars.positioning;
    return vars[key as "name" | "audience" | "positioning" | "tone"];
  });
  return capitalize(out);
}
