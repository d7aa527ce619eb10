import { formatPercent } from "@/components/charts/format";

/** A relative change against the 7-day baseline: ▲ green, ▼ red, or "no baseline". */
export function ChangeBadge({ value, label }: { value: number | null; label: string }) {
  if (value === null) {
    return (
      <span className="text-xs text-slate-400" title={`${label}: no posts in the 7-day baseline`}>
        no baseline
      </span>
    );
  }
  const up = value > 0;
  const flat = value === 0;
  const color = flat ? "text-slate-500" : up ? "text-emerald-700" : "text-rose-700";
  const arrow = flat ? "=" : up ? "▲" : "▼";
  const text = `${up ? "+" : ""}${formatPercent(value, 0)}`;
  return (
    <span className={`text-xs font-medium ${color}`} title={`${label} vs the 7-day baseline`}>
      <span aria-hidden>{arrow}</span> {text}
      <span className="sr-only"> {up ? "up" : flat ? "unchanged" : "down"} vs the 7-day baseline</span>
    </span>
  );
}
