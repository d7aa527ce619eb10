"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";

/** A relative change against the 7-day baseline: ▲ green, ▼ red, "no change" when it rounds to 0%, or "no baseline". */
export function ChangeBadge({ value, label }: { value: number | null; label: string }) {
  const t = useTranslations("analytics.change");
  const f = useFormats();
  if (value === null) {
    return (
      <span className="text-xs text-slate-500" title={t("noBaselineTitle", { label })}>
        {t("noBaseline")}
      </span>
    );
  }
  // What is shown is rounded to whole percents: a change that rounds to 0 would read "▼ -0%".
  if (Math.round(value * 100) === 0) {
    return (
      <span className="text-xs font-medium text-slate-600" title={t("vsBaseline", { label })}>
        {t("noChange")}
      </span>
    );
  }
  const up = value > 0;
  const color = up ? "text-emerald-700" : "text-rose-700";
  const text = `${up ? "+" : ""}${f.percent(value, 0)}`;
  return (
    <span className="text-xs font-medium text-nowrap" title={t("vsBaseline", { label })}>
      <span className={color}>
        <span aria-hidden>{up ? "▲" : "▼"}</span> {text}
      </span>
      <span className="sr-only"> {up ? t("up") : t("down")}</span>
    </span>
  );
}
