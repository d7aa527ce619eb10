"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { NETWORK_VALUES } from "@/lib/schemas/common";
import { networkLabel } from "@/components/charts/network-colors";
import { performanceUrl, presetRange, PRESETS, type AnalyticsFilters } from "./filters";
import { useSpreadsheetDelimiter } from "@/components/i18n/spreadsheet-delimiter";

/** Range presets, custom dates and the network picker; all of them live in the URL so a view can be shared. */
export function FilterBar({ filters, today }: { filters: AnalyticsFilters; today: string }) {
  const t = useTranslations("analytics");
  const spreadsheet = useSpreadsheetDelimiter();
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);

  function go(patch: Partial<Record<"from" | "to" | "platform", string | null>>) {
    const next = new URLSearchParams(params);
    next.set("brand", filters.brand);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    router.push(`${path}?${next.toString()}`, { scroll: false });
  }

  function applyDates(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    go({ from, to });
  }

  const invalid = from > to;
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3">
      <div role="group" aria-label={t("presets")} className="flex gap-1">
        {PRESETS.map((days) => {
          const r = presetRange(today, days);
          const active = r.from === filters.from && r.to === filters.to;
          return (
            <Button
              key={days}
              type="button"
              variant={active ? "primary" : "secondary"}
              aria-pressed={active}
              onClick={() => go(r)}
            >
              {t("days", { days })}
            </Button>
          );
        })}
      </div>
      <form method="post" onSubmit={applyDates} className="flex flex-wrap items-end gap-2">
        <div className="w-40">
          <Field label={t("from")}>
            <Input type="date" name="from" value={from} max={to} onChange={(e) => setFrom(e.target.value)} required />
          </Field>
        </div>
        <div className="w-40">
          <Field label={t("to")}>
            <Input type="date" name="to" value={to} min={from} onChange={(e) => setTo(e.target.value)} required />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={invalid || (from === filters.from && to === filters.to)}>
          {t("apply")}
        </Button>
      </form>
      <div className="w-40">
        <Field label={t("network")}>
          <Select
            name="platform"
            value={filters.platform ?? ""}
            onChange={(e) => go({ platform: e.target.value || null })}
          >
            <option value="">{t("allNetworks")}</option>
            {NETWORK_VALUES.map((n) => (
              <option key={n} value={n}>
                {networkLabel(n)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <a
        data-testid="download-csv"
        href={performanceUrl(filters, "day", { csv: spreadsheet })}
        download
        className="ml-auto inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        <span aria-hidden>⤓</span> {t("csv")}
      </a>
    </div>
  );
}
