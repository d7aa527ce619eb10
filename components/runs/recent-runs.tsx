"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import type { RunStatusResponse } from "@/app/api/orchestrator/status/route";

/** The day's latest runs: when, who or what started them, what they did, and how they ended. */
export function RecentRuns({ runs, timeZone }: { runs: RunStatusResponse["runs"]; timeZone: string }) {
  const t = useTranslations("runs");
  const f = useFormats();
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold text-slate-700">{t("recent")}</h2>
      <ul className="space-y-1 text-sm text-slate-600">
        {runs.slice(0, 10).map((r) => {
          // the member's name, else what the run recorded (an email, a token)
          const by = r.triggered_by_name ?? r.triggered_by ?? "—";
          return (
            <li key={r.id}>
              {f.dateTime(r.started_at, timeZone)} ·{" "}
              {r.dry_run
                ? t("run.dry", { by })
                : r.trigger === "cron"
                  ? t("run.scheduled")
                  : t("run.manual", { trigger: r.trigger, by })}{" "}
              ·{" "}
              {[
                Object.entries(r.counts)
                  .map(([k, v]) => `${t.has(`state.${k}`) ? t(`state.${k}`) : k} ${v}`)
                  .join(", "),
                // a finished run says nothing more; one still running, or abandoned by its process, says so
                r.status === "finished" ? "" : t.has(`runStatus.${r.status}`) ? t(`runStatus.${r.status}`) : r.status,
              ]
                .filter(Boolean)
                .join(" · ")}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
