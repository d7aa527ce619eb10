import { formatNumber, formatPercent } from "@/components/charts/format";
import type { BrandLearning } from "@/lib/analytics/learning/update-learning";

/** Each pillar's A/B hook test: a winner only at 95% confidence with enough impressions per variant. */
export function AbTests({ ab }: { ab: BrandLearning["ab"] }) {
  const tests = Object.entries(ab);
  if (tests.length === 0)
    return <p className="text-xs text-slate-500">No A/B hook tests are configured for this brand.</p>;
  return (
    <ul className="space-y-3">
      {tests.map(([pillar, t]) => (
        <li key={pillar} className="rounded-lg border border-slate-200 p-3 text-sm">
          <div className="flex flex-wrap items-baseline gap-2">
            <span className="font-medium">{pillar}</span>
            {t.winner ? (
              <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-semibold text-emerald-700">
                Winner: {t.winner}
              </span>
            ) : (
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">Running</span>
            )}
            <span className="text-xs text-slate-500">confidence {formatPercent(t.confidence, 1)}</span>
          </div>
          <p className="mt-1 text-xs text-slate-600">{t.reason}</p>
          <dl className="mt-2 grid grid-cols-2 gap-2 text-xs">
            {(["A", "B"] as const).map((v, i) => {
              const arm = v === "A" ? t.a : t.b;
              return (
                <div key={v} className={`rounded-md p-2 ${t.winner === v ? "bg-emerald-50" : "bg-slate-50"}`}>
                  <dt className="font-semibold">
                    {v}: <span className="font-normal text-slate-700">{t.hooks[i]}</span>
                  </dt>
                  <dd className="tabular-nums text-slate-600">
                    {arm.posts} posts · {formatNumber(arm.impressions)} impr. · {formatPercent(arm.rate)}
                  </dd>
                </div>
              );
            })}
          </dl>
        </li>
      ))}
    </ul>
  );
}
