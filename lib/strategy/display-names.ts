/**
 * What people read instead of internal keys (pillars, formats, hook templates) in charts, filters and chips.
 * Pillar names match the plan copy (a unit test keeps them equal); kept here so the browser does not load the
 * whole copy deck to label an axis.
 */
export type Lang = "en" | "fr";

const PILLARS: Record<Lang, Record<string, string>> = {
  en: {
    education: "Education & how-to",
    behind_the_scenes: "Behind the scenes",
    customer_proof: "Customer proof",
    industry_insight: "Industry insight",
    product_value: "Product & value",
    community: "Community & engagement",
  },
  fr: {
    education: "Pédagogie et conseils",
    behind_the_scenes: "Coulisses",
    customer_proof: "Preuves clients",
    industry_insight: "Tendances du secteur",
    product_value: "Produit et valeur",
    community: "Communauté et échanges",
  },
};

const FORMATS: Record<Lang, Record<string, string>> = {
  en: {
    text: "Text post",
    carousel_outline: "Carousel",
    poll: "Poll",
    link_post: "Link post",
    question: "Question",
    single: "Single post",
    thread: "Thread",
  },
  fr: {
    text: "Texte",
    carousel_outline: "Carrousel",
    poll: "Sondage",
    link_post: "Post avec lien",
    question: "Question",
    single: "Post unique",
    thread: "Fil",
  },
};

const HOOKS: Record<Lang, Record<string, string>> = {
  en: {
    direct: "Direct address",
    question: "Question",
    honest: "Honest talk",
    three_ideas: "Three ideas",
    contrarian: "Contrarian",
    pause: "Take a pause",
    what_if: "What if",
    lesson: "Lesson learned",
    truth: "Hard truth",
    mistake: "Common mistake",
    ingredient: "Secret ingredient",
    challenge: "Challenge",
    story: "Story",
    myth: "Myth buster",
    promise: "Promise",
    proof: "Proof",
    custom_a: "Custom hook A",
    custom_b: "Custom hook B",
  },
  fr: {
    direct: "Interpellation",
    question: "Question",
    honest: "Franc-parler",
    three_ideas: "Trois idées",
    contrarian: "À contre-courant",
    pause: "Une pause",
    what_if: "Et si",
    lesson: "Leçon apprise",
    truth: "Vérité qui dérange",
    mistake: "Erreur courante",
    ingredient: "Ingrédient secret",
    challenge: "Défi",
    story: "Histoire",
    myth: "Idée reçue",
    promise: "Promesse",
    proof: "Preuve",
    custom_a: "Accroche perso A",
    custom_b: "Accroche perso B",
  },
};

const lang = (language: string): Lang => (language.toLowerCase().startsWith("fr") ? "fr" : "en");

/** "customer_proof" → "Customer proof": an unknown key still reads as words, not as an identifier. */
const humanize = (key: string) => {
  const words = key.replace(/^[a-z]+:/, "").replace(/[_-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A key's name in `table` for the language, or the key made into words when the table has none. */
export const nameIn = (table: Record<Lang, Record<string, string>>, key: string, language = "en") =>
  table[lang(language)][key] ?? humanize(key);

export const pillarName = (key: string, language = "en") => nameIn(PILLARS, key, language);
export const formatName = (key: string, language = "en") => nameIn(FORMATS, key, language);
/** An A/B test's hook is "ab:<pillar>:<variant>" (generate-plan.ts): named by its variant and pillar. */
export const hookName = (key: string, language = "en") => {
  const ab = /^ab:(.+):([AB])$/.exec(key);
  return ab ? `A/B ${ab[2]} · ${pillarName(ab[1]!, language)}` : nameIn(HOOKS, key, language);
};

export function dimensionName(dimension: string, key: string, language = "en") {
  if (dimension === "pillar") return pillarName(key, language);
  if (dimension === "format") return formatName(key, language);
  if (dimension === "hook") return hookName(key, language);
  return key;
}
