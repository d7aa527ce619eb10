"use client";

import { Button } from "@/components/ui/button";
import type { BrandDto } from "@/lib/brands/brand-dto";
import { monthRange } from "./month";

export function GenerateDialog({
  brand,
  month,
  pending,
  error,
  onGenerate,
  onClose,
}: {
  brand: BrandDto;
  month: string;
  pending: boolean;
  error: string | null;
  onGenerate: () => void;
  onClose: () => void;
}) {
  const { days } = monthRange(month);
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="gen-h"
      data-testid="brief-form"
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
    >
      <div className="w-full max-w-lg rounded-2xl bg-white p-6 shadow-xl">
        <h2 id="gen-h" className="text-lg font-semibold">
          Generate {month} for {brand.name}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {days} days × LinkedIn, Facebook and X = {days * 3} posts, in {brand.language}, rotating six content pillars.
          Unpublished posts of this month are replaced; published ones are kept.
        </p>
        <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-500">Positioning</dt>
          <dd>{brand.positioning}</dd>
          <dt className="text-slate-500">Audience</dt>
          <dd>{brand.target_audience}</dd>
          <dt className="text-slate-500">Value props</dt>
          <dd>{brand.value_props.join(" · ")}</dd>
          <dt className="text-slate-500">Tone</dt>
          <dd>{brand.tone}</dd>
          <dt className="text-slate-500">CTAs</dt>
          <dd>{brand.cta_targets.map((c) => c.key).join(", ")}</dd>
          <dt className="text-slate-500">Timezone</dt>
          <dd>{brand.timezone}</dd>
        </dl>
        <p className="mt-3 text-xs text-slate-500">Edit the brief in Settings → Brands.</p>
        {error ? (
          <p role="alert" className="mt-3 text-sm text-rose-700">
            {error}
          </p>
        ) : null}
        {pending ? (
          <div className="mt-4" role="status">
            <div className="h-1.5 overflow-hidden rounded bg-slate-100">
              <div className="h-full w-1/3 animate-pulse rounded bg-brand-500" />
            </div>
            <p className="mt-1 text-xs text-slate-600">Planning {days * 3} posts…</p>
          </div>
        ) : null}
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button data-testid="generate-confirm" onClick={onGenerate} disabled={pending} autoFocus>
            {pending ? "Generating…" : "Generate"}
          </Button>
        </div>
      </div>
    </div>
  );
}
