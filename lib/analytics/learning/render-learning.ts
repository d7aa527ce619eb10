import type { Locale } from "@/lib/i18n/locales";
import { isText, renderText } from "@/lib/i18n/render-text";
import type { BrandLearning } from "./update-learning";

/** What the learning says, in the reader's language; learning stored before the catalogue holds English. */
export function renderLearning(learning: unknown, locale: Locale) {
  if (!learning || typeof learning !== "object") return null;
  const l = learning as BrandLearning;
  const say = (t: unknown) => (isText(t) ? renderText(t, locale) : String(t));
  return {
    ...l,
    explanations: (l.explanations ?? []).map(say),
    ab: Object.fromEntries(Object.entries(l.ab ?? {}).map(([pillar, a]) => [pillar, { ...a, reason: say(a.reason) }])),
  };
}
export type RenderedLearning = NonNullable<ReturnType<typeof renderLearning>>;
