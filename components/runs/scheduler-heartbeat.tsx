"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { apiFetch } from "@/components/api-client";
import type { HeartbeatResponse } from "@/app/api/orchestrator/heartbeat/route";

const time = (iso: string, timeZone: string, locale: string) =>
  new Date(iso).toLocaleString(locale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    day: "numeric",
    month: "short",
    hourCycle: "h23",
  });

const RICH = {
  strong: (c: React.ReactNode) => <strong>{c}</strong>,
  code: (c: React.ReactNode) => <code>{c}</code>,
};

/** "Next publishing check in 40 s, last run 14:02: 3 published", or the red banner when nothing publishes. */
export function SchedulerHeartbeat({ timeZone }: { timeZone: string }) {
  const t = useTranslations("runs.heartbeat");
  const locale = useLocale();
  const beat = useQuery({
    queryKey: ["heartbeat"],
    queryFn: () => apiFetch<HeartbeatResponse>("/api/orchestrator/heartbeat"),
    refetchInterval: 15_000,
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const b = beat.data;
  if (!b) return null;

  if (b.state === "stalled") {
    return (
      <div
        role="alert"
        data-testid="nothing-publishing"
        className="rounded-xl border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900"
      >
        <p className="font-semibold">
          {b.last_run_at ? t("stalledSince", { time: time(b.last_run_at, timeZone, locale) }) : t("stalledNever")}
        </p>
        <p className="mt-1">{t("due", { count: b.due })}</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          <li>
            {t.rich("fixStart", RICH)}
            {b.scheduler === "off" ? ` ${t("offHere")}` : ""}.
          </li>
          <li>{t.rich("fixVercel", RICH)}</li>
          <li>{t.rich("fixOther", RICH)}</li>
        </ul>
      </div>
    );
  }

  const last = b.last_run_at
    ? t("lastRun", {
        time: time(b.last_run_at, timeZone, locale),
        outcome:
          b.last_run_status === "failed"
            ? t("outcomeFailed")
            : b.last_run_status === "running"
              ? t("outcomeRunning")
              : t("outcomePublished", { count: b.last_run_published ?? 0 }),
      })
    : t("noRun");
  const seconds = Math.max(0, Math.round((Date.parse(b.next_run_at) - now) / 1000));
  return (
    <p
      data-testid="heartbeat"
      data-state={b.state}
      className={`text-sm ${b.state === "failing" ? "text-amber-800" : "text-slate-600"}`}
    >
      {b.state === "idle" && b.scheduler === "off"
        ? t("off")
        : seconds < 60
          ? t("nextSeconds", { seconds })
          : t("nextMinutes", { minutes: Math.round(seconds / 60) })}
      , {last}
    </p>
  );
}
