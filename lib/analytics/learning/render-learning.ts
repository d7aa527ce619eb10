import type { Locale } from "@/lib/i18n/locales";
import { isText, renderText } from "@/lib/i18n/render-text";
import { pillarName } from "@/lib/strategy/display-names";
import type { BrandLearning } from "./update-learning";

/** What the learning says, in the reader's language; learning stored before the catalogue holds English. */
export function renderLearning(learning: unknown, locale: Locale) {
  if (!learning || typeof learning !== "object") return null;
  const l = learning as BrandLearning;
  const say = (t: unknown) => (isText(t) ? renderText(t, locale) : String(t));
  // A pillar is named in the reader's language, as the weights beside the sentences name it.
  const explain = (t: unknown) =>
    isText(t) && typeof t.values?.pillar === "string"
      ? say({ ...t, values: { ...t.values, name: pillarName(t.values.pillar, locale) } })
      : say(t);
  return {
    ...l,
    explanations: (l.explanations ?? []).map(explain),
    ab: Object.fromEntries(Object.entries(l.ab ?? {}).map(([pillar, a]) => [pillar, { ...a, reason: say(a.reason) }])),
  };
}
export type RenderedLearning = NonNullable<ReturnType<typeof renderLearning>>;
