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

/** A row bound for the sandbox says so beside its state: "published" alone would claim a post went out. */
export function StateBadge({ state, sandbox, network }: { state: string; sandbox?: boolean; network?: string }) {
  const t = useTranslations("runs");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${COLORS[state] ?? "bg-slate-100"}`}>
        {t.has(`state.${state}`) ? t(`state.${state}`) : state}
      </span>
      {sandbox ? (
        <span
          data-testid="sandbox-badge"
          title={t("sandboxTitle", { network: network ?? "" })}
          className="inline-flex rounded-full border border-dashed border-slate-400 px-2 py-0.5 text-xs text-slate-600"
        >
          {t("sandboxBadge")}
        </span>
      ) : null}
    </span>
  );
}

export const NETWORK_LABEL: Record<string, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X" };
