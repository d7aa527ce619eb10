"use client";

import { useTranslations } from "next-intl";
import { IntentLink } from "@/components/ui/intent-link";
import { useFormats } from "@/components/i18n/formats";
import { ErrorBox, Skeleton } from "@/components/analytics/states";
import { SentimentBar } from "./sentiment-badge";
import { useSentiment, type SentimentScope } from "./use-listening";
import { rangeParams } from "./conversation-range";

/** The range's sentiment counts on the network picked (the sentiment filter narrows the list, not these counts). */
export function RangeSentiment({ brand, from, to, platform }: SentimentScope) {
  const t = useTranslations("listening.conversations.summary");
  const ts = useTranslations("listening.sentiment");
  const f = useFormats();
  const q = useSentiment(brand, from, to, platform);
  const analytics = rangeParams(brand, from, to, platform);
  return (
    <section
      aria-labelledby="range-sentiment-h"
      data-testid="conversations-sentiment"
      className="space-y-2 rounded-xl border border-slate-200 bg-white p-3"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="range-sentiment-h" className="text-sm font-semibold">
          {t("title", { range: f.range(from, to) })}
        </h2>
        <IntentLink className="text-xs text-brand-700 underline" href={`/analytics?${analytics}`}>
          {t("more")}
        </IntentLink>
      </div>
      {q.error ? (
        <ErrorBox title={ts("error")} error={q.error} onRetry={() => q.refetch()} />
      ) : q.isPending ? (
        <Skeleton className="h-9" />
      ) : (
        <>
          <SentimentBar {...q.data.totals} />
          <p className="text-xs text-slate-600" data-testid="sentiment-counts">
            {ts("totals", { count: q.data.totals.total, share: f.percent(q.data.totals.negative_share, 0) })} ·{" "}
            {ts("counts", {
              positive: q.data.totals.positive,
              neutral: q.data.totals.neutral,
              negative: q.data.totals.negative,
            })}{" "}
            · {t("zone", { zone: q.data.timezone })}
          </p>
        </>
      )}
    </section>
  );
}
