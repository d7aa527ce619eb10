"use client";

import { useLocale, useTranslations } from "next-intl";
import { languageName } from "@/components/i18n/formats";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { daysBetween } from "@/lib/dates/days";
import type { BrandDto } from "@/lib/brands/brand-dto";
import { monthRange } from "./month";
import { NETWORK_NAME } from "./post-chip";
import { networkList } from "./network-meta";
import { useRegeneratePreview } from "./use-calendar-data";
import { useRegenerateSummary } from "./regenerate-summary";
import { useFormats } from "@/components/i18n/formats";
import type { Network } from "@/lib/strategy/networks";

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
  const t = useTranslations("generate");
  const f = useFormats();
  const locale = useLocale();
  const tk = useTranslations("keptKind");
  const summaryOf = useRegenerateSummary();
  const month_ = monthRange(month);
  // A month that started already: by default the plan starts today, since past days can never be published.
  const past = Math.min(month_.days, Math.max(0, daysBetween(month_.from, today)));
  const [skipPast, setSkipPast] = useState(past > 0 && past < month_.days);
  const from = skipPast ? today : month_.from;
  const days = month_.days - (skipPast ? past : 0);
  const preview = useRegeneratePreview(brand.slug, from, days, true);
  const [optIn, setOptIn] = useState<string[]>([]);
  const [attachCards, setAttachCards] = useState(false);
  const p = preview.data;
  const networks = p?.networks ?? (Object.keys(NETWORK_NAME) as Network[]);
  const slots = days * networks.length;
  // fewer when today's posting hours have all passed: those posts are left out, as the plan will do
  const posts = p?.planned ?? slots;
  const existing = p ? p.kept + p.replaced : 0;
  const toggle = (id: string) => setOptIn((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return (
    <ModalDialog
      title={t("title", { month: f.month(month), brand: brand.name })}
      titleId="gen-h"
      testId="brief-form"
      busy={pending}
      onClose={onClose}
    >
      <p className="mt-1 text-sm text-slate-600">
        {t("intro", {
          days,
          posts: slots,
          networks: networkList(networks, locale),
          language: languageName(brand.language, locale),
        })}
        {posts < slots ? (
          <span data-testid="late-today"> {t("lateToday", { count: slots - posts, posts })}</span>
        ) : null}
        {p?.moved_today.length ? (
          <span data-testid="moved-today">
            {" "}
            {t("movedToday", {
              list: new Intl.ListFormat(locale, { type: "conjunction" }).format(
                p.moved_today.map((m) => t("movedItem", { network: NETWORK_NAME[m.platform], to: m.to, from: m.from })),
              ),
            })}
          </span>
        ) : null}
      </p>
      {past > 0 ? (
        <fieldset data-testid="past-days" className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <legend className="px-1 font-medium">
            {past === month_.days
              ? t("over", { month: f.month(month) })
              : t("started", { month: f.month(month), count: past, today: f.day(today, true) })}
          </legend>
          {past < month_.days ? (
            <label className="flex items-center gap-2">
              <input type="radio" name="past" checked={skipPast} onChange={() => setSkipPast(true)} />
              {t("skipPast", { today, count: month_.days - past })}
            </label>
          ) : null}
          <label className="flex items-center gap-2">
            <input type="radio" name="past" checked={!skipPast} onChange={() => setSkipPast(false)} />
            {t("planPast")}
          </label>
        </fieldset>
      ) : null}
      {preview.isLoading ? <div className="mt-3 h-10 animate-pulse rounded bg-slate-100" /> : null}
      {p && existing > 0 ? (
        <div className="mt-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
          <p data-testid="regenerate-summary" className="font-medium">
            {capitalize(summaryOf(p.kept_by, p.replaced))}
            {optIn.length ? t("optedIn", { count: optIn.length }) : ""}.
          </p>
          <p className="mt-1 text-slate-600">{t("keptRule")}</p>
          {p.kept_posts.some((k) => k.replaceable) ? (
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-700">{t("chooseKept")}</summary>
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
                          aria-label={t("replaceOne", {
                            kind: tk(k.kind),
                            network: NETWORK_NAME[k.platform as keyof typeof NETWORK_NAME],
                            date: k.date,
                          })}
                        />
                        <span>
                          <strong>{k.date}</strong> {NETWORK_NAME[k.platform as keyof typeof NETWORK_NAME]} ·{" "}
                          {tk(k.kind)} · <span className="text-slate-600">{k.excerpt}</span>
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
        <dt className="text-slate-500">{t("brief.positioning")}</dt>
        <dd>{brand.positioning}</dd>
        <dt className="text-slate-500">{t("brief.audience")}</dt>
        <dd>{brand.target_audience}</dd>
        <dt className="text-slate-500">{t("brief.valueProps")}</dt>
        <dd>{brand.value_props.join(" · ")}</dd>
        <dt className="text-slate-500">{t("brief.tone")}</dt>
        <dd>{brand.tone}</dd>
        <dt className="text-slate-500">{t("brief.ctas")}</dt>
        <dd className="[overflow-wrap:anywhere]">{brand.cta_targets.map((c) => `${c.key} → ${c.url}`).join(", ")}</dd>
        <dt className="text-slate-500">{t("brief.timezone")}</dt>
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
          {t("attachCards")}
          <span className="block text-xs text-slate-500">{t("attachCardsHint")}</span>
        </span>
      </label>
      <p className="mt-3 text-xs text-slate-500">{t("editBrief")}</p>
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
          <p className="mt-1 text-xs text-slate-600">{t("planning", { count: posts })}</p>
        </div>
      ) : null}
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          {t("cancel")}
        </Button>
        <Button
          data-testid="generate-confirm"
          onClick={() => onGenerate(optIn, from, days, attachCards)}
          disabled={pending || preview.isLoading}
          autoFocus
        >
          {pending ? t("generating") : existing > 0 ? t("regenerate") : t("generate")}
        </Button>
      </div>
    </ModalDialog>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
