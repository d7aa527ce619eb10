"use client";

import { useTranslations } from "next-intl";
import { Field, Select } from "@/components/ui/field";
import { hourLabel } from "@/lib/strategy/posting-hours";
import type { BrandFormValues } from "./brand-form-values";

const STARTS = Array.from({ length: 24 }, (_, h) => h);
const ENDS = Array.from({ length: 24 }, (_, h) => h + 1);

/** From and until which brand-local hour posts go out; the calendar flags a post outside them. */
export function PostingHoursFields({
  values,
  errors,
  onChange,
}: {
  values: BrandFormValues;
  errors: Record<string, string>;
  onChange: (patch: Partial<BrandFormValues>) => void;
}) {
  const t = useTranslations("brandForm");
  return (
    <fieldset data-testid="posting-hours-fields" className="grid grid-cols-2 gap-3 md:col-span-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t("postingHours")}</legend>
      <Field label={t("postingStart")} error={errors.posting_start} hint={t("postingHoursHint")}>
        <Select
          name="posting_start"
          value={values.posting_start}
          onChange={(e) => onChange({ posting_start: e.target.value })}
        >
          {STARTS.map((h) => (
            <option key={h} value={h}>
              {hourLabel(h)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("postingEnd")} error={errors.posting_end}>
        <Select
          name="posting_end"
          value={values.posting_end}
          onChange={(e) => onChange({ posting_end: e.target.value })}
          aria-invalid={!!errors.posting_end}
        >
          {ENDS.map((h) => (
            <option key={h} value={h}>
              {hourLabel(h)}
            </option>
          ))}
        </Select>
      </Field>
    </fieldset>
  );
}
