"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { hookName, pillarName } from "@/lib/strategy/display-names";
import { networkStyle, sortNetworks } from "@/components/charts/network-colors";
import { ChangeBadge } from "./change-badge";
import { PostLinks } from "./post-links";
import { ErrorBox, Skeleton } from "./states";
import type { PostPick, Yesterday, YesterdayNetwork } from "./use-analytics";

/** Yesterday's results per network, each compared with the 7 days before it. */
export function YesterdayCards({
  query,
  platform,
}: {
  query: { data?: Yesterday; error: unknown; isPending: boolean; refetch: () => unknown };
  platform: string | null;
}) {
  const t = useTranslations("analytics");
  const f = useFormats();
  const { data } = query;
  return (
    <section aria-labelledby="yesterday-h" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="yesterday-h" className="text-base font-semibold">
          {t("yesterday.title")}
        </h2>
        {data ? (
          <p className="text-xs text-slate-500">
            {t("yesterday.compared", {
              day: f.day(data.date, true),
              zone: data.timezone,
              from: f.day(data.baseline.from),
              to: f.day(data.baseline.to),
            })}
          </p>
        ) : null}
      </div>
      {query.error ? (
        <ErrorBox title={t("yesterday.error")} error={query.error} onRetry={() => query.refetch()} />
      ) : query.isPending ? (
        <div className="grid gap-3 md:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-44" />
          ))}
        </div>
      ) : (
        <YesterdayGrid networks={data!.networks.filter((n) => !platform || n.platform === platform)} />
      )}
    </section>
  );
}

function YesterdayGrid({ networks }: { networks: YesterdayNetwork[] }) {
  const t = useTranslations("analytics");
  if (networks.length === 0) {
    return (
      <p className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("yesterday.none")}</p>
    );
  }
  const byKey = new Map(networks.map((n) => [n.platform, n]));
  return (
    <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
      {sortNetworks([...byKey.keys()]).map((k) => (
        <NetworkCard key={k} n={byKey.get(k)!} />
      ))}
    </div>
  );
}

function NetworkCard({ n }: { n: YesterdayNetwork }) {
  const t = useTranslations("analytics");
  const f = useFormats();
  const style = networkStyle(n.platform);
  return (
    <article
      data-testid={`yesterday-${n.platform}`}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4"
      style={{ borderTop: `4px solid ${style.color}` }}
    >
      <h3 className="text-sm font-semibold" style={{ color: style.color }}>
        {style.label}
      </h3>
      <dl className="mt-2 grid grid-cols-3 gap-2">
        <Metric label={t("posts")} value={f.number(n.posts)} />
        <Metric
          label={t("impressions")}
          value={f.number(n.impressions)}
          change={n.change.impressions_per_post}
          changeLabel={t("impressionsPerPost")}
        />
        <Metric
          label={t("engagementRate")}
          value={f.percent(n.engagement_rate)}
          change={n.change.engagement_rate}
          changeLabel={t("engagementRate")}
        />
      </dl>
      <p className="mt-1 text-xs text-slate-500">
        {t("engagementsPerPostLabel")}{" "}
        <ChangeBadge value={n.change.engagements_per_post} label={t("engagementsPerPost")} />
      </p>
      <p className="mt-1 text-xs text-slate-500" data-testid={`yesterday-comments-${n.platform}`}>
        {n.comments.total
          ? t("yesterday.comments", {
              total: n.comments.total,
              positive: n.comments.positive,
              negative: n.comments.negative,
              share: f.percent(n.comments.negative_share, 0),
            })
          : t("yesterday.noComments")}
      </p>
      {n.posts === 0 ? (
        <p className="mt-3 text-xs text-slate-500">{t("yesterday.nothing")}</p>
      ) : (
        <ul className="mt-3 space-y-2 border-t border-slate-100 pt-3">
          {n.best ? <PostRow tone="best" post={n.best} /> : null}
          {n.worst ? <PostRow tone="worst" post={n.worst} /> : null}
        </ul>
      )}
    </article>
  );
}

function Metric({
  label,
  value,
  change,
  changeLabel,
}: {
  label: string;
  value: string;
  change?: number | null;
  changeLabel?: string;
}) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums text-slate-900">{value}</dd>
      {change !== undefined ? (
        <dd>
          <ChangeBadge value={change} label={changeLabel ?? label} />
        </dd>
      ) : null}
    </div>
  );
}

function PostRow({ tone, post }: { tone: "best" | "worst"; post: PostPick }) {
  const t = useTranslations("analytics");
  const f = useFormats();
  const locale = useLocale();
  const names = `${pillarName(post.pillar, locale)} · ${hookName(post.hook, locale)}`;
  return (
    <li className="text-sm">
      <div className="flex items-baseline gap-2">
        <span
          className={`rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase ${tone === "best" ? "bg-emerald-50 text-emerald-700" : "bg-amber-50 text-amber-800"}`}
        >
          {t(tone)}
        </span>
        <span className="min-w-0 truncate text-slate-700" title={names}>
          {names}
        </span>
        <span className="ml-auto tabular-nums font-medium">{f.percent(post.engagement_rate)}</span>
      </div>
      <PostLinks post={post} />
    </li>
  );
}
