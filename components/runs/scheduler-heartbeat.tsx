"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { apiFetch } from "@/components/api-client";
import type { HeartbeatResponse } from "@/app/api/orchestrator/heartbeat/route";

const time = (iso: string, timeZone: string) =>
  new Date(iso).toLocaleString("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    day: "numeric",
    month: "short",
  });

function inSeconds(iso: string, now: number) {
  const s = Math.max(0, Math.round((Date.parse(iso) - now) / 1000));
  return s < 60 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/** "Next publishing check in 40 s, last run 14:02: 3 published", or the red banner when nothing publishes. */
export function SchedulerHeartbeat({ timeZone }: { timeZone: string }) {
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
          Nothing is publishing: no cron or scheduler has run{" "}
          {b.last_run_at ? `since ${time(b.last_run_at, timeZone)}` : "yet"}.
        </p>
        <p className="mt-1">
          {b.due} approved {b.due === 1 ? "post is" : "posts are"} past {b.due === 1 ? "its" : "their"} time. To fix it:
        </p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          <li>
            <strong>npm start</strong> (laptop, VM, container): keep the app running; its built-in scheduler publishes
            every minute unless <code>SCHEDULER=off</code>
            {b.scheduler === "off" ? " (it is off on this server)" : ""}.
          </li>
          <li>
            <strong>Vercel</strong>: deploy with the crons of <code>vercel.json</code> and set <code>CRON_SECRET</code>;
            the every-minute cron needs a plan that allows it.
          </li>
          <li>
            <strong>Anything else</strong> with <code>SCHEDULER=off</code>: call <code>GET /api/cron/daily</code> every
            minute with <code>Authorization: Bearer $CRON_SECRET</code>.
          </li>
        </ul>
      </div>
    );
  }

  const last = b.last_run_at
    ? `last run ${time(b.last_run_at, timeZone)}: ${
        b.last_run_status === "failed"
          ? "failed (see the server log)"
          : b.last_run_status === "running"
            ? "running"
            : `${b.last_run_published ?? 0} published`
      }`
    : "no run yet";
  return (
    <p
      data-testid="heartbeat"
      data-state={b.state}
      className={`text-sm ${b.state === "failing" ? "text-amber-800" : "text-slate-600"}`}
    >
      {b.state === "idle" && b.scheduler === "off"
        ? "The built-in scheduler is off on this server"
        : `Next publishing check in ${inSeconds(b.next_run_at, now)}`}
      , {last}
    </p>
  );
}
