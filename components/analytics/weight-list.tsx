"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
/** Learned weights live in [0.5, 2.0] with 1.0 neutral; bars grow from the neutral mark. */
const FLOOR = 0.5;
const CAP = 2.0;
const pos = (v: number) => ((Math.min(CAP, Math.max(FLOOR, v)) - FLOOR) / (CAP - FLOOR)) * 100;
const NEUTRAL = pos(1);

export function WeightList({
  title,
  weights,
  label = (k) => k,
}: {
  title: string;
  weights: Record<string, number>;
  label?: (key: string) => string;
}) {
  const t = useTranslations("analytics.learning");
  const f = useFormats();
  const entries = Object.entries(weights).sort((a, b) => b[1] - a[1]);
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {entries.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500">{t("noData")}</p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {entries.map(([key, v]) => {
            const left = Math.min(NEUTRAL, pos(v));
            const width = Math.abs(pos(v) - NEUTRAL);
            return (
              <li key={key} className="grid grid-cols-[minmax(0,9rem)_1fr_3rem] items-center gap-2 text-xs">
                <span className="truncate text-slate-700" title={label(key)}>
                  {label(key)}
                </span>
                <span className="relative h-2.5 rounded-full bg-slate-100" aria-hidden>
                  <span className="absolute inset-y-[-3px] w-px bg-slate-400" style={{ left: `${NEUTRAL}%` }} />
                  <span
                    className={`absolute inset-y-0 rounded-full ${v >= 1 ? "bg-emerald-500" : "bg-amber-500"}`}
                    style={{ left: `${left}%`, width: `${Math.max(width, 0.8)}%` }}
                  />
                </span>
                <span
                  className={`text-right tabular-nums ${v > 1 ? "text-emerald-700" : v < 1 ? "text-amber-700" : "text-slate-500"}`}
                >
                  {f.decimal(v, 2)}×
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
