"use client";

import { useSpreadsheetDelimiter } from "@/components/i18n/spreadsheet-delimiter";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { BrandDto } from "@/lib/brands/brand-dto";
import type { ReviewSettings } from "@/components/review/review-section";
import { Filters, type FilterState } from "./filters";
import { longDate, monthTitle, shiftMonth } from "./month";
import { addDays } from "@/lib/dates/days";
import { VIEWS, type CalendarViewName } from "./view-range";
import type { Pillar } from "./use-calendar-data";

/** The month's title, its navigation and filters, and the actions on the whole month. */
export function CalendarToolbar({
  brand,
  view,
  month,
  from,
  today,
  filters,
  onFilters,
  pillars,
  canEdit,
  hasPosts,
  review,
  onMonth,
  onWeek,
  onView,
  onSubmitMonth,
  submitting,
  onApproveMonth,
  approving,
  onGenerate,
  onImport,
}: {
  brand: BrandDto;
  view: CalendarViewName;
  month: string;
  from: string;
  today: string;
  filters: FilterState;
  onFilters: (value: FilterState) => void;
  pillars: Pillar[];
  canEdit: boolean;
  hasPosts: boolean;
  review: ReviewSettings;
  onMonth: (month: string) => void;
  /** the week view steps a week at a time: any day of the week to show */
  onWeek: (date: string) => void;
  onView: (view: CalendarViewName) => void;
  onSubmitMonth: () => void;
  submitting: boolean;
  onApproveMonth: () => void;
  approving: boolean;
  onGenerate: () => void;
  onImport: () => void;
}) {
  const week = view === "week";
  const t = useTranslations("calendar");
  const locale = useLocale();
  const spreadsheet = useSpreadsheetDelimiter();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h1 className="mr-2 text-xl font-semibold">
        {view === "week" ? t("weekOf", { date: longDate(from, locale) }) : monthTitle(from.slice(0, 7), locale)}
      </h1>
      <Button
        variant="secondary"
        aria-label={week ? t("previousWeek") : t("previousMonth")}
        onClick={() => (week ? onWeek(addDays(from, -7)) : onMonth(shiftMonth(month, -1)))}
      >
        ←
      </Button>
      <Button variant="secondary" onClick={() => (week ? onWeek(today) : onMonth(today.slice(0, 7)))}>
        {t("today")}
      </Button>
      <Button
        variant="secondary"
        aria-label={week ? t("nextWeek") : t("nextMonth")}
        onClick={() => (week ? onWeek(addDays(from, 7)) : onMonth(shiftMonth(month, 1)))}
      >
        →
      </Button>
      <div role="group" aria-label={t("view")} className="flex overflow-hidden rounded-md border border-slate-300">
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            data-testid={`view-${v}`}
            aria-pressed={view === v}
            onClick={() => onView(v)}
            className={`px-3 py-1.5 text-sm ${view === v ? "bg-slate-800 text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
          >
            {t(`views.${v}`)}
          </button>
        ))}
      </div>
      <Filters value={filters} onChange={onFilters} pillars={pillars} />
      <div className="ml-auto flex flex-wrap gap-2">
        {/* The week view approves its week from its own header; a month-wide action here covered only the week. */}
        {canEdit && hasPosts && !week && review.approvalRequired ? (
          <Button data-testid="submit-month" variant="secondary" disabled={submitting} onClick={onSubmitMonth}>
            {t("submitMonth")}
          </Button>
        ) : null}
        {canEdit && hasPosts && !week && (!review.approvalRequired || review.canApprove) ? (
          <Button data-testid="approve-month" variant="secondary" disabled={approving} onClick={onApproveMonth}>
            {t("approveMonth")}
          </Button>
        ) : null}
        {canEdit ? (
          <Button variant="secondary" onClick={onGenerate}>
            {hasPosts ? t("regenerateMonth") : t("generate")}
          </Button>
        ) : null}
        {canEdit ? (
          <Button variant="secondary" data-testid="import-open" onClick={onImport}>
            {t("import")}
          </Button>
        ) : null}
        <a
          className="rounded-md px-2 py-1.5 text-sm text-brand-700 hover:bg-brand-50"
          href={`/api/strategy/export/${brand.slug}.ics`}
        >
          ICS
        </a>
        <a
          className="rounded-md px-2 py-1.5 text-sm text-brand-700 hover:bg-brand-50"
          data-testid="export-csv"
          href={`/api/strategy/export/${brand.slug}.csv${spreadsheet.delimiter ? `?delimiter=${spreadsheet.delimiter}` : ""}`}
        >
          CSV
        </a>
      </div>
    </div>
  );
}
