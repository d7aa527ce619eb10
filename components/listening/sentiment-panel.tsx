"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { useLocale, useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { pillarName } from "@/lib/strategy/display-names";
import { networkLabel } from "@/components/charts/network-colors";
import { ErrorBox, Skeleton } from "@/components/analytics/states";
import { SENTIMENT_COLORS, SentimentBar } from "./sentiment-badge";
import { useSentiment, type SentimentScope } from "./use-listening";
import { rangeParams } from "./conversation-range";

/** Analytics: what people said in the range, by day and by pillar, and the posts that drew the most comments. */
export function SentimentPanel({ brand, from, to, platform }: SentimentScope) {
  const t = useTranslations("listening.sentiment");
  const f = useFormats();
  const locale = useLocale();
  const q = useSentiment(brand, from, to, platform);
  // The same days and network in Conversations, so the comments read there are the ones counted here.
  const read = rangeParams(brand, from, to, platform);
  return (
    <section aria-labelledby="sentiment-h" className="space-y-3" data-testid="sentiment-panel">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="sentiment-h" className="text-base font-semibold">
          {t("title")}
        </h2>
        <IntentLink className="text-sm text-brand-700 underline" href={`/conversations?${read}`}>
          {t("read")}
        </IntentLink>
      </div>
      {q.error ? (
        <ErrorBox title={t("error")} error={q.error} onRetry={() => q.refetch()} />
      ) : q.isPending ? (
        <Skeleton className="h-48" />
      ) : q.data.totals.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <div className="grid gap-4 xl:grid-cols-3">
          <div className="rounded-xl border border-slate-200 bg-white p-4 xl:col-span-3">
            <h3 className="text-sm font-semibold">{t("share")}</h3>
            <p className="text-xs text-slate-500">
              {t("totals", { count: q.data.totals.total, share: f.percent(q.data.totals.negative_share, 0) })}
            </p>
            <div className="mt-3 flex h-32 items-end gap-px" role="list" aria-label={t("perDay")}>
              {q.data.by_day.map((d) => (
                <div
                  key={d.day}
                  role="listitem"
                  className="flex h-full min-w-0 flex-1 flex-col justify-end"
                  title={t("day", {
                    day: f.day(d.day),
                    positive: d.positive,
                    neutral: d.neutral,
                    negative: d.negative,
                  })}
                  aria-label={t("day", {
                    day: f.day(d.day),
                    positive: d.positive,
                    neutral: d.neutral,
                    negative: d.negative,
                  })}
                >
                  {d.total ? (
                    <div className="flex h-full flex-col justify-end">
                      {(["negative", "neutral", "positive"] as const).map((k) =>
                        d[k] ? (
                          <div
                            key={k}
                            style={{ height: `${(d[k] / d.total) * 100}%`, background: SENTIMENT_COLORS[k] }}
                          />
                        ) : null,
                      )}
                    </div>
                  ) : (
                    <div className="h-px bg-slate-200" />
                  )}
                </div>
              ))}
            </div>
            <p className="mt-1 flex justify-between text-[11px] text-slate-500">
              <span>{f.day(q.data.from)}</span>
              <span>{f.day(q.data.to)}</span>
            </p>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4 xl:col-span-1">
            <h3 className="text-sm font-semibold">{t("byPillar")}</h3>
            <ul className="mt-2 space-y-2 text-sm" data-testid="sentiment-by-pillar">
              {q.data.by_pillar.map((p) => (
                <li key={p.pillar}>
                  <div className="flex justify-between text-xs">
                    <span>{pillarName(p.pillar, locale)}</span>
                    <span className="tabular-nums text-slate-500">
                      {t("pillarLine", { count: p.total, share: f.percent(p.negative_share, 0) })}
                    </span>
                  </div>
                  <SentimentBar {...p} />
                </li>
              ))}
            </ul>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4 xl:col-span-2">
            <h3 className="text-sm font-semibold">{t("mostDiscussed")}</h3>
            <ol className="mt-2 space-y-2 text-sm" data-testid="most-discussed">
              {q.data.most_discussed.map((p) => (
                <li key={p.post_id}>
                  <div className="flex items-baseline gap-2">
                    <span className="tabular-nums font-medium">{p.comments.total}</span>
                    <span className="text-xs text-slate-500">
                      {networkLabel(p.platform)} · {pillarName(p.pillar, locale)}
                    </span>
                    <IntentLink className="ml-auto text-xs text-brand-700 underline" href={p.conversations_url}>
                      {t("comments")}
                    </IntentLink>
                    {p.remote_url ? (
                      <a
                        className="text-xs text-brand-700 underline"
                        href={p.remote_url}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {t("openOn", { network: networkLabel(p.platform) })}
                      </a>
                    ) : null}
                  </div>
                  <p className="truncate text-xs text-slate-600">{p.excerpt}</p>
                  <SentimentBar {...p.comments} />
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
