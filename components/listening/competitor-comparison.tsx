"use client";

import { formatDay, formatNumber } from "@/components/charts/format";
import { networkLabel } from "@/components/charts/network-colors";
import { ErrorBox, Skeleton } from "@/components/analytics/states";
import { EmptyState } from "@/components/ui/empty-state";
import { useCompetitorReport, type CompetitorReport } from "./use-listening";

type Column = CompetitorReport["networks"][number]["brand"] & { name: string; last_error?: string | null };

/** The brand beside each competitor, per network: posts per week, engagements per post, best posts, topics. */
export function CompetitorComparison({ brand }: { brand: string }) {
  const report = useCompetitorReport(brand);
  if (report.error)
    return <ErrorBox title="Could not load the comparison." error={report.error} onRetry={() => report.refetch()} />;
  if (report.isPending) return <Skeleton className="h-64" />;
  const r = report.data;
  const withRivals = r.networks.filter((n) => n.competitors.length > 0);
  return (
    <section aria-labelledby="compare-h" className="space-y-4" data-testid="competitor-comparison">
      <div>
        <h2 id="compare-h" className="text-base font-semibold">
          Side by side
        </h2>
        <p className="text-xs text-slate-500">
          {formatDay(r.from)} – {formatDay(r.to)} ({r.timezone}). Engagements: {r.engagement_definition}.
        </p>
      </div>
      {withRivals.length === 0 ? (
        <EmptyState title="No competitor to compare with">
          Follow an X account or a Facebook Page above; its posts are collected the next morning.
        </EmptyState>
      ) : (
        withRivals.map((n) => (
          <div key={n.platform} className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-sm" data-testid={`compare-${n.platform}`}>
              <caption className="px-4 pt-3 text-left font-semibold">{networkLabel(n.platform)}</caption>
              <thead className="text-left text-xs text-slate-500">
                <tr>
                  <th className="px-4 py-2">Account</th>
                  <th className="px-4 py-2 text-right">Posts per week</th>
                  <th className="px-4 py-2 text-right">Engagements per post</th>
                  <th className="px-4 py-2">Best posts</th>
                  <th className="px-4 py-2">Topics</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                <Row col={{ ...n.brand, name: `${n.brand.name} (you)` }} />
                {n.competitors.map((c) => (
                  <Row key={c.id} col={c} />
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </section>
  );
}

function Row({ col }: { col: Column }) {
  return (
    <tr>
      <th scope="row" className="px-4 py-2 text-left font-medium">
        {col.name}
        <div className="text-xs font-normal text-slate-500">{col.posts} posts</div>
        {col.last_error ? <div className="text-xs font-normal text-amber-800">{col.last_error}</div> : null}
      </th>
      <td className="px-4 py-2 text-right tabular-nums">{col.posts_per_week}</td>
      <td className="px-4 py-2 text-right tabular-nums">{formatNumber(col.engagement_per_post)}</td>
      <td className="px-4 py-2">
        <ol className="space-y-1">
          {col.best_posts.map((p, i) => (
            <li key={i} className="max-w-xs truncate">
              <span className="tabular-nums text-slate-500">{p.engagements}</span>{" "}
              {p.url ? (
                <a className="underline" href={p.url} target="_blank" rel="noopener noreferrer">
                  {p.excerpt || "(no text)"}
                </a>
              ) : (
                p.excerpt
              )}
            </li>
          ))}
        </ol>
      </td>
      <td className="px-4 py-2 text-slate-700">{col.topics.map((t) => t.word).join(", ") || "—"}</td>
    </tr>
  );
}
