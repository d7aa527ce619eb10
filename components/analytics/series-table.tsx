import { formatDay, formatNumber, formatPercent } from "@/components/charts/format";
import { networkLabel } from "@/components/charts/network-colors";
import type { Performance } from "@/lib/analytics/get-performance";

/** The charts' numbers as a table: the accessible alternative, and handy for a quick check. */
export function SeriesTable({ networks, results }: { networks: string[]; results: Performance[] }) {
  const rows = networks
    .flatMap((n, i) => results[i].series.map((s) => ({ network: n, ...s })))
    .sort((a, b) => a.key.localeCompare(b.key) || a.network.localeCompare(b.network));
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">
        Table view of the daily series ({rows.length} rows)
      </summary>
      <div className="mt-3 max-h-96 overflow-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Daily impressions, engagements and engagement rate per network</caption>
          <thead className="sticky top-0 bg-white text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2">
                Date
              </th>
              <th scope="col">Network</th>
              <th scope="col" className="text-right">
                Posts
              </th>
              <th scope="col" className="text-right">
                Impressions
              </th>
              <th scope="col" className="text-right">
                Engagements
              </th>
              <th scope="col" className="text-right">
                Engagement rate
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {rows.map((r) => (
              <tr key={`${r.key}-${r.network}`} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 font-normal">
                  {formatDay(r.key, true)}
                </th>
                <td>{networkLabel(r.network)}</td>
                <td className="text-right">{formatNumber(r.posts)}</td>
                <td className="text-right">{formatNumber(r.impressions)}</td>
                <td className="text-right">{formatNumber(r.engagements)}</td>
                <td className="text-right">{formatPercent(r.engagement_rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A grouped series (pillar, format, hook) as a compact table. */
export function GroupTable({
  dimension,
  perf,
  name,
}: {
  dimension: string;
  perf: Performance;
  name: (key: string) => string;
}) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs font-medium text-slate-600">Table view</summary>
      <table className="mt-2 w-full text-left text-xs">
        <caption className="sr-only">Results by {dimension}</caption>
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-1 capitalize">
              {dimension}
            </th>
            <th scope="col" className="text-right">
              Posts
            </th>
            <th scope="col" className="text-right">
              Impressions
            </th>
            <th scope="col" className="text-right">
              Eng. rate
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {perf.series.map((s) => (
            <tr key={s.key} className="border-t border-slate-100">
              <th scope="row" className="max-w-40 truncate py-1 font-normal" title={name(s.key)}>
                {name(s.key)}
              </th>
              <td className="text-right">{formatNumber(s.posts)}</td>
              <td className="text-right">{formatNumber(s.impressions)}</td>
              <td className="text-right">{formatPercent(s.engagement_rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
