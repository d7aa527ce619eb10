"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useDialog } from "@/components/ui/use-dialog";
import { daysBetween } from "@/lib/dates/days";
import type { BrandDto } from "@/lib/brands/brand-dto";
import { monthRange } from "./month";
import { NETWORK_NAME } from "./post-chip";
import { useRegeneratePreview } from "./use-calendar-data";

export function GenerateDialog({
  brand,
  month,
  today,
  pending,
  error,
  onGenerate,
  onClose,
}: {
  brand: BrandDto;
  month: string;
  today: string;
  pending: boolean;
  error: string | null;
  onGenerate: (replace: string[], start: string, days: number, attachCards: boolean) => void;
  onClose: () => void;
}) {
  const month_ = monthRange(month);
  // A month that started already: by default the plan starts today, since past days can never be published.
  const past = Math.min(month_.days, Math.max(0, daysBetween(month_.from, today)));
  const [skipPast, setSkipPast] = useState(past > 0 && past < month_.days);
  const from = skipPast ? today : month_.from;
  const days = month_.days - (skipPast ? past : 0);
  const preview = useRegeneratePreview(brand.slug, from, days, true);
  const [optIn, setOptIn] = useState<string[]>([]);
  const [attachCards, setAttachCards] = useState(false);
  const ref = useDialog<HTMLDivElement>(() => !pending && onClose());
  const p = preview.data;
  const existing = p ? p.kept + p.replaced : 0;
  const toggle = (id: string) => setOptIn((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return (
    <div
      ref={ref}
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
        </p>
        {past > 0 ? (
          <fieldset data-testid="past-days" className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
            <legend className="px-1 font-medium">
              {past === month_.days
                ? `${month} is over: its posts could never be published.`
                : `${month} started ${past} day${past === 1 ? "" : "s"} ago (today is ${today}).`}
            </legend>
            {past < month_.days ? (
              <label className="flex items-center gap-2">
                <input type="radio" name="past" checked={skipPast} onChange={() => setSkipPast(true)} />
                Skip the past days: plan from {today} ({month_.days - past} days)
              </label>
            ) : null}
            <label className="flex items-center gap-2">
              <input type="radio" name="past" checked={!skipPast} onChange={() => setSkipPast(false)} />
              Plan the past days too (for the record; they will not be published)
            </label>
          </fieldset>
        ) : null}
        {preview.isLoading ? <div className="mt-3 h-10 animate-pulse rounded bg-slate-100" /> : null}
        {p && existing > 0 ? (
          <div className="mt-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
            <p data-testid="regenerate-summary" className="font-medium">
              {summaryWith(p.summary, optIn.length)}.
            </p>
            <p className="mt-1 text-slate-600">
              Posts a person edited, moved, approved or skipped are kept, and published posts always are. Only drafts
              nobody touched are replaced.
            </p>
            {p.kept_posts.some((k) => k.replaceable) ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-brand-700">Choose kept posts to replace anyway</summary>
                <ul className="mt-2 max-h-48 space-y-1 overflow-y-auto">
                  {p.kept_posts
                    .filter((k) => k.replaceable)
                    .map((k) => (
                      <li key={k.id}>
                        <label className="flex items-start gap-2">
                          <input
                            type="checkbox"
                            checked={optIn.includes(k.id)}
                            onChange={() => toggle(k.id)}
                            aria-label={`Replace the ${k.kind} ${NETWORK_NAME[k.platform as keyof typeof NETWORK_NAME]} post of ${k.date}`}
                          />
                          <span>
                            <strong>{k.date}</strong> {NETWORK_NAME[k.platform as keyof typeof NETWORK_NAME]} · {k.kind}{" "}
                            · <span className="text-slate-600">{k.excerpt}</span>
                          </span>
                        </label>
                      </li>
                    ))}
                </ul>
              </details>
            ) : null}
          </div>
        ) : null}
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
        <label className="mt-3 flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            data-testid="attach-cards"
            checked={attachCards}
            onChange={(e) => setAttachCards(e.target.checked)}
            className="mt-0.5"
          />
          <span>
            Attach a branded card to every new post
            <span className="block text-xs text-slate-500">
              Its hook on the brand&apos;s colors and logo, made in the background once the plan is saved, about half a
              second each.
            </span>
          </span>
        </label>
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
          <Button
            data-testid="generate-confirm"
            onClick={() => onGenerate(optIn, from, days, attachCards)}
            disabled={pending || preview.isLoading}
            autoFocus
          >
            {pending ? "Generating…" : existing > 0 ? "Regenerate" : "Generate"}
          </Button>
        </div>
      </div>
    </div>
  );
}

function summaryWith(summary: string, optedIn: number) {
  const text = summary.charAt(0).toUpperCase() + summary.slice(1);
  return optedIn ? `${text}; ${optedIn} kept post${optedIn === 1 ? "" : "s"} you chose will be replaced too` : text;
}
