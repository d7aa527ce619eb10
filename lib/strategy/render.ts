import type { Brief, Language } from "./brief";
import { en } from "./copy/en";
import { fr } from "./copy/fr";
import type { Copy } from "./copy/types";
import { capitalize, capitalizeSentences, cleanText, joinFrench, stripEndPunctuation } from "./typography";

export function getCopy(language: Language): Copy {
  return language === "fr-FR" ? fr : en;
}

/** Brief fields cleaned once per plan, ready to drop into templates. */
export interface BriefVars {
  language: Language;
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

const ARTICLE = /^(the|our|your|les|la|le|l’|l'|des|nos|vos|ces)(\s|(?<=’|')\p{L})/iu;

/**
 * The short audience name reads mid-sentence ("pour les familles du quartier"), so a leading article
 * is lowercased; the long description is never pasted into copy (it reads like a form, not a post).
 */
function audienceName(brief: Brief, copy: Copy): string {
  const name = brief.audienceName ? field(brief.audienceName) : "";
  if (!name) return copy.audienceFallback;
  return ARTICLE.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

export function briefVars(brief: Brief): BriefVars {
  return {
    language: brief.language,
    name: cleanText(brief.name),
    audience: audienceName(brief, getCopy(brief.language)),
    positioning: field(brief.positioning),
    tone: field(brief.tone),
    valueProps: brief.valueProps.map(field).filter(Boolean),
  };
}

/**
 * Fills {name} {audience} {positioning} {tone} {vp}. French joins each value to the word before it
 * ("à les" → "aux", "que équipes" → "qu’équipes"), and every sentence starts with a capital.
 */
export function renderTemplate(template: string, vars: BriefVars, vp = ""): string {
  if (!template.includes("{")) return capitalize(template);
  const french = vars.language === "fr-FR";
  let out = "";
  let last = 0;
  for (const m of template.matchAll(/\{(name|audience|positioning|tone|vp)\}/g)) {
    const key = m[1]!;
    const value =
      key === "vp"
        ? vp || vars.valueProps[0] || vars.positioning
        : vars[key as "name" | "audience" | "positioning" | "tone"];
    out += template.slice(last, m.index);
    out = french ? joinFrench(out, value) : out + value;
    last = m.index + m[0].length;
  }
  return capitalizeSentences(capitalize(out + template.slice(last)));
}
