import { formatPercent } from "@/components/charts/format";

/** A relative change against the 7-day baseline: ▲ green, ▼ red, "no change" when it rounds to 0%, or "no baseline". */
export function ChangeBadge({ value, label }: { value: number | null; label: string }) {
  if (value === null) {
    return (
      <span className="text-xs text-slate-500" title={`${label}: no posts in the 7-day baseline`}>
        no baseline
      </span>
    );
  }
  // What is shown is rounded to whole percents: a change that rounds to 0 would read "▼ -0%".
  if (Math.round(value * 100) === 0) {
    return (
      <span className="text-xs font-medium text-slate-600" title={`${label} vs the 7-day baseline`}>
        no change
      </span>
    );
  }
  const up = value > 0;
  const color = up ? "text-emerald-700" : "text-rose-700";
  const text = `${up ? "+" : ""}${formatPercent(value, 0)}`;
  return (
    <span className="text-xs font-medium text-nowrap" title={`${label} vs the 7-day baseline`}>
      <span className={color}>
        <span aria-hidden>{up ? "▲" : "▼"}</span> {text}
      </span>
      <span className="sr-only"> {up ? "up" : "down"} vs the 7-day baseline</span>
    </span>
  );
}
