/**
 * English or French, by counting each language's most frequent short words (and French accents).
 * Comments are short, so a trigram model has little to go on; these words appear in almost every one.
 */
const EN = new Set(
  "the and you your is are was this that it to of for with on in my we our not have has can will what when where how do does i me be very so just".split(
    " ",
  ),
);
const FR = new Set(
  "le la les un une des et est vous votre vos je j nous notre c ce cette qui que pour avec sur dans du au aux pas mais très merci ça il elle on y a ai".split(
    " ",
  ),
);

export type CommentLanguage = "en" | "fr" | "und";

export function detectLanguage(text: string): CommentLanguage {
  const words = text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, " ")
    .split(/[^a-zà-öø-ÿœ]+/)
    .filter(Boolean);
  let en = 0;
  let fr = /[àâçéèêëîïôûùüÿœ]/.test(text.toLowerCase()) ? 1 : 0;
  for (const w of words) {
    if (EN.has(w)) en++;
    if (FR.has(w)) fr++;
  }
  if (en === 0 && fr === 0) return "und";
  return fr > en ? "fr" : "en";
}
