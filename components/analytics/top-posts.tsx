"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { hookName, pillarName } from "@/lib/strategy/display-names";
import { networkStyle, sortNetworks } from "@/components/charts/network-colors";
import { PostLinks } from "./post-links";
import type { PostPick, Yesterday } from "./use-analytics";

/**
 * The API ranks posts only for yesterday (best and worst per network), so this table lists those;
 * the by-hook and by-pillar bars above cover the whole range.
 */
export function TopPosts({ data, platform }: { data: Yesterday; platform: string | null }) {
  const t = useTranslations("analytics");
  const f = useFormats();
  const locale = useLocale();
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
        {t("top.title")}
      </h3>
      <p className="text-xs text-slate-500">{t("top.intro", { day: f.day(data.date, true) })}</p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("top.none")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2">
                  {t("network")}
                </th>
                <th scope="col">{t("pillar")}</th>
                <th scope="col">{t("hook")}</th>
                <th scope="col" className="text-right">
                  {t("engagementRate")}
                </th>
                <th scope="col" className="pl-4">
                  {t("links")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.post_id}-${r.rank}`} className="border-t border-slate-100 align-top">
                  <td className="py-2 font-medium" style={{ color: networkStyle(r.platform).color }}>
                    {networkStyle(r.platform).label}{" "}
                    <span className="text-xs font-normal text-slate-500">({t(r.rank)})</span>
                  </td>
                  <td>{pillarName(r.pillar, locale)}</td>
                  <td className="max-w-md truncate" title={hookName(r.hook, locale)}>
                    {hookName(r.hook, locale)}
                  </td>
                  <td className="text-right tabular-nums">{f.percent(r.engagement_rate)}</td>
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
