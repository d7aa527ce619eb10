import { useLocale, useTranslations } from "next-intl";

const KINDS = ["published", "approved", "in_review", "skipped", "edited", "moved", "commented"] as const;

/** "21 approved and 1 edited post kept, 71 drafts replaced", from the counts, in the interface language. */
export function useRegenerateSummary() {
  const t = useTranslations("regenerate");
  const locale = useLocale();
  return (keptBy: Partial<Record<string, number>>, replaced: number) => {
    const kinds = KINDS.filter((k) => (keptBy[k] ?? 0) > 0);
    if (kinds.length === 0) return t("nothingKept", { replaced });
    const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(
      kinds.map((k) => t(`kind.${k}`, { count: keptBy[k] ?? 0 })),
    );
    return t("kept", { list, last: keptBy[kinds[kinds.length - 1]] ?? 0, replaced });
  };
}
