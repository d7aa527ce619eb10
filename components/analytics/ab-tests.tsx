"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { hookName, pillarName } from "@/lib/strategy/display-names";
import type { RenderedLearning } from "@/lib/analytics/learning/render-learning";

/** Each pillar's A/B hook test: a winner only at 95% confidence with enough impressions per variant. */
export function AbTests({ ab }: { ab: RenderedLearning["ab"] }) {
  const tl = useTranslations("analytics.learning");
  const f = useFormats();
  const locale = useLocale();
  const tests = Object.entries(ab);
  if (tests.length === 0) return <p className="text-xs text-slate-500">{tl("noAb")}</p>;
  return (
    <ul className="space-y-3">
      {tests.map(([pillar, t]) => (
        <li key={pillar} className="rounded-lg border border-slate-200 p-3 text-sm">
          <div className="flex flex-wrap items-baseline gap-2">
            <span className="font-medium">{pillarName(pillar, locale)}</span>
            {t.winner ? (
              <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-semibold text-emerald-700">
                {tl("winner", { variant: t.winner })}
              </span>
            ) : (
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">
                {tl("running")}
              </span>
            )}
            <span className="text-xs text-slate-500">{tl("confidence", { value: f.percent(t.confidence, 1) })}</span>
          </div>
          <p className="mt-1 text-xs text-slate-600">{t.reason}</p>
          <dl className="mt-2 grid grid-cols-2 gap-2 text-xs">
            {(["A", "B"] as const).map((v, i) => {
              const arm = v === "A" ? t.a : t.b;
              return (
                <div key={v} className={`rounded-md p-2 ${t.winner === v ? "bg-emerald-50" : "bg-slate-50"}`}>
                  <dt className="font-semibold">
                    {v}: <span className="font-normal text-slate-700">{hookName(t.hooks[i], locale)}</span>
                  </dt>
                  <dd className="tabular-nums text-slate-600">
                    {tl("arm", { posts: arm.posts, impressions: f.number(arm.impressions), rate: f.percent(arm.rate) })}
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
