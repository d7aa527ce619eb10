import { formatDay, formatPercent } from "@/components/charts/format";
import { networkStyle, sortNetworks } from "@/components/charts/network-colors";
import { PostLinks } from "./post-links";
import type { PostPick, Yesterday } from "./use-analytics";

/**
 * The API ranks posts only for yesterday (best and worst per network), so this table lists those;
 * the by-hook and by-pillar bars above cover the whole range.
 */
export function TopPosts({ data, platform }: { data: Yesterday; platform: string | null }) {
  const rows: (PostPick & { platform: string; rank: "best" | "worst" })[] = sortNetworks(
    data.networks.map((n) => n.platform),
  )
    .filter((p) => !platform || p === platform)
    .flatMap((p) => {
      const n = data.networks.find((x) => x.platform === p)!;
      return [
        ...(n.best ? [{ ...n.best, platform: p, rank: "best" as const }] : []),
        ...(n.worst ? [{ ...n.worst, platform: p, rank: "worst" as const }] : []),
      ];
    })
    .sort((a, b) => b.engagement_rate - a.engagement_rate);
  return (
    <section aria-labelledby="top-posts-h" className="rounded-xl border border-slate-200 bg-white p-4">
      <h3 id="top-posts-h" className="text-sm font-semibold text-slate-800">
        Yesterday&apos;s best and worst posts
      </h3>
      <p className="text-xs text-slate-500">
        Posts of {formatDay(data.date, true)}, by engagement rate. Open one in the calendar to reuse what worked.
      </p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">No posts with metrics yesterday.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2">
                  Network
                </th>
                <th scope="col">Pillar</th>
                <th scope="col">Hook</th>
                <th scope="col" className="text-right">
                  Engagement rate
                </th>
                <th scope="col" className="pl-4">
                  Links
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.post_id}-${r.rank}`} className="border-t border-slate-100 align-top">
                  <td className="py-2 font-medium" style={{ color: networkStyle(r.platform).color }}>
                    {networkStyle(r.platform).label}{" "}
                    <span className="text-xs font-normal text-slate-500">({r.rank})</span>
                  </td>
                  <td>{r.pillar}</td>
                  <td className="max-w-md truncate" title={r.hook}>
                    {r.hook}
                  </td>
                  <td className="text-right tabular-nums">{formatPercent(r.engagement_rate)}</td>
                  <td className="pl-4">
                    <PostLinks post={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
