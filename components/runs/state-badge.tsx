"use client";

import { useTranslations } from "next-intl";

const COLORS: Record<string, string> = {
  published: "bg-emerald-100 text-emerald-800",
  failed: "bg-rose-100 text-rose-800",
  unknown: "bg-amber-100 text-amber-900",
  missed: "bg-slate-200 text-slate-700",
  pending: "bg-sky-100 text-sky-800",
  claimed: "bg-sky-100 text-sky-800",
  sending: "bg-sky-100 text-sky-800",
  scheduled: "bg-slate-100 text-slate-600",
};

export function StateBadge({ state }: { state: string }) {
  const t = useTranslations("runs.state");
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${COLORS[state] ?? "bg-slate-100"}`}>
      {t.has(state) ? t(state) : state}
    </span>
  );
}

export const NETWORK_LABEL: Record<string, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X" };
