import { useTranslations } from "next-intl";
import { NETWORK_NAME, NetworkIcon } from "./network-meta";
import { STATUS_META } from "./post-status";

const SHOWN = ["draft", "in_review", "approved", "published", "failed", "missed", "skipped"];

/** Each status's icon and word, and each network's mark: the chips are readable without color. */
export function StatusLegend({ hint }: { hint?: string }) {
  const t = useTranslations("legend");
  const ts = useTranslations("status");
  return (
    <ul aria-label={t("label")} className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      {Object.entries(NETWORK_NAME).map(([n, name]) => (
        <li key={n} className="flex items-center gap-1">
          <NetworkIcon network={n} /> {name}
        </li>
      ))}
      {SHOWN.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <span aria-hidden className={`inline-block rounded border px-1 ${STATUS_META[s].style}`}>
            {STATUS_META[s].icon}
          </span>
          {ts(s)}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden className="font-bold text-amber-800">
          ⚠
        </span>
        {t("conflict")}
      </li>
      {hint ? <li className="text-slate-600 max-sm:hidden">{hint}</li> : null}
    </ul>
  );
}
