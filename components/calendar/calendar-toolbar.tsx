"use client";

import { Button } from "@/components/ui/button";
import type { BrandDto } from "@/lib/brands/brand-dto";
import type { ReviewSettings } from "@/components/review/review-section";
import { Filters, type FilterState } from "./filters";
import { shiftMonth } from "./month";
import type { Pillar } from "./use-calendar-data";

/** The month's title, its navigation and filters, and the actions on the whole month. */
export function CalendarToolbar({
  brand,
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
  onSubmitMonth,
  submitting,
  onApproveMonth,
  approving,
  onGenerate,
}: {
  brand: BrandDto;
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
  onSubmitMonth: () => void;
  submitting: boolean;
  onApproveMonth: () => void;
  approving: boolean;
  onGenerate: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h1 className="mr-2 text-xl font-semibold">
        {new Date(`${from}T00:00:00Z`).toLocaleDateString(brand.language, {
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        })}
      </h1>
      <Button variant="secondary" aria-label="Previous month" onClick={() => onMonth(shiftMonth(month, -1))}>
        ←
      </Button>
      <Button variant="secondary" onClick={() => onMonth(today.slice(0, 7))}>
        Today
      </Button>
      <Button variant="secondary" aria-label="Next month" onClick={() => onMonth(shiftMonth(month, 1))}>
        →
      </Button>
      <Filters value={filters} onChange={onFilters} pillars={pillars} />
      <div className="ml-auto flex flex-wrap gap-2">
        {canEdit && hasPosts && review.approvalRequired ? (
          <Button data-testid="submit-month" variant="secondary" disabled={submitting} onClick={onSubmitMonth}>
            Submit month
          </Button>
        ) : null}
        {canEdit && hasPosts && (!review.approvalRequired || review.canApprove) ? (
          <Button data-testid="approve-month" variant="secondary" disabled={approving} onClick={onApproveMonth}>
            Approve month
          </Button>
        ) : null}
        {canEdit ? (
          <Button variant="secondary" onClick={onGenerate}>
            {hasPosts ? "Regenerate month" : "Generate"}
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
          href={`/api/strategy/export/${brand.slug}.csv`}
        >
          CSV
        </a>
      </div>
    </div>
  );
}
