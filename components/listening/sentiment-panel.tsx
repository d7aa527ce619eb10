"use client";

import Link from "next/link";
import { formatDay, formatPercent } from "@/components/charts/format";
import { networkLabel } from "@/components/charts/network-colors";
import { ErrorBox, Skeleton } from "@/components/analytics/states";
import { SENTIMENT_COLORS, SentimentBar } from "./sentiment-badge";
import { useSentiment } from "./use-listening";

/** Analytics: what people said in the range, by day and by pillar, and the posts that drew the most comments. */
export function SentimentPanel({
  brand,
  from,
  to,
  platform,
}: {
  brand: string;
  from: string;
  to: string;
  platform: string | null;
}) {
  const q = useSentiment(brand, from, to, platform);
  return (
    <section aria-labelledby="sentiment-h" className="space-y-3" data-testid="sentiment-panel">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="sentiment-h" className="text-base font-semibold">
          Comments and sentiment
        </h2>
        <Link className="text-sm text-brand-700 underline" href={`/conversations?brand=${encodeURIComponent(brand)}`}>
          Read them in Conversations
        </Link>
      </div>
      {q.error ? (
        <ErrorBox title="Could not load the sentiment." error={q.error} onRetry={() => q.refetch()} />
      ) : q.isPending ? (
        <Skeleton className="h-48" />
      ) : q.data.totals.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-600">
          No comments heard in this range. They are collected daily with the metrics.
        </p>
      ) : (
        <div className="grid gap-4 xl:grid-cols-3">
          <div className="rounded-xl border border-slate-200 bg-white p-4 xl:col-span-3">
            <h3 className="text-sm font-semibold">Sentiment share over time</h3>
            <p className="text-xs text-slate-500">
              {q.data.totals.total} comments, {formatPercent(q.data.totals.negative_share, 0)} negative
            </p>
            <div className="mt-3 flex h-32 items-end gap-px" role="list" aria-label="Comments per day">
              {q.data.by_day.map((d) => (
                <div
                  key={d.day}
                  role="listitem"
                  className="flex h-full min-w-0 flex-1 flex-col justify-end"
                  title={`${formatDay(d.day)}: ${d.positive} positive, ${d.neutral} neutral, ${d.negative} negative`}
                  aria-label={`${formatDay(d.day)}: ${d.positive} positive, ${d.neutral} neutral, ${d.negative} negative`}
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
              <span>{formatDay(q.data.from)}</span>
              <span>{formatDay(q.data.to)}</span>
            </p>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4 xl:col-span-1">
            <h3 className="text-sm font-semibold">By pillar</h3>
            <ul className="mt-2 space-y-2 text-sm" data-testid="sentiment-by-pillar">
              {q.data.by_pillar.map((p) => (
                <li key={p.pillar}>
                  <div className="flex justify-between text-xs">
                    <span>{p.pillar}</span>
                    <span className="tabular-nums text-slate-500">
                      {p.total} · {formatPercent(p.negative_share, 0)} negative
                    </span>
                  </div>
                  <SentimentBar {...p} />
                </li>
              ))}
            </ul>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4 xl:col-span-2">
            <h3 className="text-sm font-semibold">Most-discussed posts</h3>
            <ol className="mt-2 space-y-2 text-sm" data-testid="most-discussed">
              {q.data.most_discussed.map((p) => (
                <li key={p.post_id}>
                  <div className="flex items-baseline gap-2">
                    <span className="tabular-nums font-medium">{p.comments.total}</span>
                    <span className="text-xs text-slate-500">
                      {networkLabel(p.platform)} · {p.pillar}
                    </span>
                    <Link className="ml-auto text-xs text-brand-700 underline" href={p.conversations_url}>
                      Comments
                    </Link>
                    {p.remote_url ? (
                      <a
                        className="text-xs text-brand-700 underline"
                        href={p.remote_url}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        Open on {networkLabel(p.platform)}
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
