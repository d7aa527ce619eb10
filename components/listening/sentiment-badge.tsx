"use client";

import { useTranslations } from "next-intl";

const STYLES: Record<string, string> = {
  positive: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  negative: "bg-rose-50 text-rose-800 ring-rose-200",
};

export const SENTIMENT_COLORS: Record<string, string> = {
  positive: "#059669",
  neutral: "#94a3b8",
  negative: "#e11d48",
};

export function SentimentBadge({ sentiment }: { sentiment: string }) {
  const t = useTranslations("listening");
  return (
    <span
      className={`rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase ring-1 ${STYLES[sentiment] ?? STYLES.neutral}`}
    >
      {t.has(`conversations.sentiments.${sentiment}`) ? t(`conversations.sentiments.${sentiment}`) : sentiment}
    </span>
  );
}

/** One stacked bar of positive / neutral / negative counts, with the numbers as text for screen readers. */
export function SentimentBar({ positive, neutral, negative }: { positive: number; neutral: number; negative: number }) {
  const t = useTranslations("listening");
  const total = positive + neutral + negative;
  if (total === 0) return <div className="h-3 rounded bg-slate-100" aria-label={t("sentiment.noComments")} />;
  const parts = [
    ["positive", positive],
    ["neutral", neutral],
    ["negative", negative],
  ] as const;
  return (
    <div
      className="flex h-3 overflow-hidden rounded"
      role="img"
      aria-label={t("sentiment.counts", { positive, neutral, negative })}
    >
      {parts.map(([k, n]) =>
        n ? <div key={k} style={{ width: `${(n / total) * 100}%`, background: SENTIMENT_COLORS[k] }} /> : null,
      )}
    </div>
  );
}
