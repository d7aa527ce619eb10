import { useLocale, useTranslations } from "next-intl";
import { pillarName } from "@/lib/strategy/display-names";
import type { Pillar } from "./use-calendar-data";

export const FILTER_NETWORKS = ["linkedin", "facebook", "x"];
export const FILTER_STATUSES = ["draft", "in_review", "approved", "skipped", "published", "failed"];

export interface FilterState {
  network: string;
  pillar: string;
  status: string;
}

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
// A plan's long pillar names would widen the select and push the actions onto another row.
const NARROW = `${SELECT} max-w-44 truncate`;

export function Filters({
  value,
  onChange,
  pillars,
}: {
  value: FilterState;
  onChange: (v: FilterState) => void;
  pillars: Pillar[];
}) {
  const t = useTranslations("calendar.filters");
  const ts = useTranslations("status");
  const locale = useLocale();
  return (
    <div className="flex flex-wrap gap-2">
      <select
        aria-label={t("network")}
        className={SELECT}
        value={value.network}
        onChange={(e) => onChange({ ...value, network: e.target.value })}
      >
        <option value="all">{t("allNetworks")}</option>
        <option value="linkedin">LinkedIn</option>
        <option value="facebook">Facebook</option>
        <option value="x">X</option>
      </select>
      <select
        aria-label={t("pillar")}
        className={NARROW}
        value={value.pillar}
        onChange={(e) => onChange({ ...value, pillar: e.target.value })}
      >
        <option value="all">{t("allPillars")}</option>
        {pillars.map((p) => (
          <option key={p.key} value={p.key}>
            {pillarName(p.key, locale)}
          </option>
        ))}
      </select>
      <select
        aria-label={t("status")}
        className={SELECT}
        value={value.status}
        onChange={(e) => onChange({ ...value, status: e.target.value })}
      >
        {["all", ...FILTER_STATUSES].map((s) => (
          <option key={s} value={s}>
            {s === "all" ? t("allStatuses") : ts(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
