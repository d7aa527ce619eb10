"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ComponentPropsWithRef, type FormEvent } from "react";
import { presetRange, PRESETS } from "@/components/analytics/filters";
import { rangeProblem, type ConversationRange, type RangeProblem } from "./conversation-range";

const PILL = "rounded-md border px-2.5 py-1 text-sm";
const PILL_ON = "border-brand-600 bg-brand-50 text-brand-700";
const PILL_OFF = "border-slate-300 bg-white text-slate-700 hover:bg-slate-50";
const DATE =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 aria-[invalid=true]:border-rose-500";

/**
 * Quick presets and a from/to pair of brand-local days, as items of the page's row of filters. The dates apply
 * together on submit (typing a year fires a change per digit), and a range the API would refuse is explained
 * here rather than sent. Key it by the applied range so the draft follows back/forward and the presets.
 */
export function RangeFilter({
  range,
  today,
  onApply,
}: {
  range: ConversationRange;
  today: string;
  onApply: (range: { from: string; to: string }) => void;
}) {
  const t = useTranslations("listening.conversations.range");
  const [from, setFrom] = useState(range.from ?? "");
  const [to, setTo] = useState(range.to ?? "");
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const problemId = useId();
  const dirty = from !== (range.from ?? "") || to !== (range.to ?? "");
  // One post's whole conversation has no dates until someone picks some.
  const problem = !dirty && range.from === null && range.to === null ? null : rangeProblem(from, to);

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (problem) (problem.kind === "date" && !from ? fromRef : toRef).current?.focus();
    else if (dirty) onApply({ from, to });
  }

  const shared = { "aria-invalid": problem ? true : undefined, "aria-describedby": problem ? problemId : undefined };
  return (
    <>
      <fieldset className="text-xs text-slate-600">
        <legend>{t("presets")}</legend>
        <div className="mt-1 flex gap-1">
          {PRESETS.map((days) => {
            const r = presetRange(today, days);
            const active = r.from === range.from && r.to === range.to;
            return (
              <button
                key={days}
                type="button"
                aria-pressed={active}
                onClick={() => onApply(r)}
                className={`${PILL} ${active ? PILL_ON : PILL_OFF}`}
              >
                {t("days", { days })}
              </button>
            );
          })}
        </div>
      </fieldset>
      <form
        method="post"
        noValidate
        onSubmit={apply}
        className="flex flex-wrap items-end gap-2"
        aria-label={t("custom")}
      >
        <DayField
          label={t("from")}
          ref={fromRef}
          name="from"
          value={from}
          max={to || undefined}
          onChange={(e) => setFrom(e.target.value)}
          {...shared}
        />
        <DayField
          label={t("to")}
          ref={toRef}
          name="to"
          value={to}
          min={from || undefined}
          onChange={(e) => setTo(e.target.value)}
          {...shared}
        />
        <button
          type="submit"
          disabled={!dirty}
          className={`${PILL} ${PILL_OFF} font-medium disabled:cursor-default disabled:opacity-50`}
        >
          {t("apply")}
        </button>
      </form>
      {problem ? (
        // On wide screens a line of its own under every filter, so the filters do not move when it appears.
        <p
          id={problemId}
          role="alert"
          data-testid="range-problem"
          className="basis-full text-sm text-rose-700 md:order-last"
        >
          <ProblemText problem={problem} />
        </p>
      ) : null}
    </>
  );
}

function ProblemText({ problem }: { problem: RangeProblem }) {
  const t = useTranslations("listening.conversations.range");
  if (problem.kind === "tooLong") return t("tooLong", { days: problem.days, max: problem.max });
  return problem.kind === "order" ? t("order") : t("date");
}

function DayField({ label, ...input }: { label: string } & ComponentPropsWithRef<"input">) {
  return (
    <label className="w-36 text-xs text-slate-600">
      {label}
      <input type="date" className={DATE} {...input} />
    </label>
  );
}
