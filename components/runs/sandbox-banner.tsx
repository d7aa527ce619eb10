"use client";

import { useTranslations } from "next-intl";
import { IntentLink } from "@/components/ui/intent-link";
import type { StatusRow } from "@/lib/orchestration/get-run-status";

/** Says, before anything is "published", that the day's posts without a connected account are sent nowhere. */
export function SandboxBanner({ rows, brand }: { rows: StatusRow[]; brand: string | null }) {
  const t = useTranslations("runs");
  const count = rows.filter((r) => r.sandbox).length;
  if (!count) return null;
  return (
    <p
      data-testid="sandbox-banner"
      className="rounded-lg border border-dashed border-slate-300 bg-white px-3 py-2 text-sm text-slate-700"
    >
      {t("sandboxBanner", { count })}{" "}
      <IntentLink className="text-brand-600 underline" href={`/settings/connections${brand ? `?brand=${brand}` : ""}`}>
        {t("connectAccounts")}
      </IntentLink>
    </p>
  );
}
