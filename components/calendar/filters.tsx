import type { Pillar } from "./use-calendar-data";

export interface FilterState {
  network: string;
  pillar: string;
  status: string;
}

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

export function Filters({
  value,
  onChange,
  pillars,
}: {
  value: FilterState;
  onChange: (v: FilterState) => void;
  pillars: Pillar[];
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <select
        aria-label="Filter by network"
        className={SELECT}
        value={value.network}
        onChange={(e) => onChange({ ...value, network: e.target.value })}
      >
        <option value="all">All networks</option>
        <option value="linkedin">LinkedIn</option>
        <option value="facebook">Facebook</option>
        <option value="x">X</option>
      </select>
      <select
        aria-label="Filter by pillar"
        className={SELECT}
        value={value.pillar}
        onChange={(e) => onChange({ ...value, pillar: e.target.value })}
      >
        <option value="all">All pillars</option>
        {pillars.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by status"
        className={SELECT}
        value={value.status}
        onChange={(e) => onChange({ ...value, status: e.target.value })}
      >
        {["all", "draft", "approved", "skipped", "published", "failed"].map((s) => (
          <option key={s} value={s}>
            {s === "all" ? "All statuses" : s}
          </option>
        ))}
      </select>
    </div>
  );
}
