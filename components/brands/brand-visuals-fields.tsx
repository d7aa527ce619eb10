"use client";

import { useTranslations } from "next-intl";

import { Field, Input } from "@/components/ui/field";
import { MediaPicker } from "@/components/media/media-picker";
import { DEFAULT_CARD_COLORS } from "@/lib/media/card-layout";
import type { BrandFormValues } from "./brand-form-values";

type ColorKey = "primary_color" | "accent_color";
type Patch = Partial<Pick<BrandFormValues, ColorKey | "logo_media_id">>;

const HEX = /^#[0-9a-f]{6}$/i;

/** The brand's look on generated cards: two colors and a logo picked from its own media library. */
export function BrandVisualsFields({
  brandRef,
  values,
  errors,
  onChange,
}: {
  /** null while the brand is being created: it has no library yet */
  brandRef: string | null;
  values: BrandFormValues;
  errors: Record<string, string>;
  onChange: (patch: Patch) => void;
}) {
  const t = useTranslations("brandForm.visuals");
  const color = (key: ColorKey, label: string, fallback: string) => (
    <div className="flex items-end gap-2">
      <div className="flex-1">
        <Field label={label} error={errors[key]} hint={t("hex", { example: fallback })}>
          <Input
            data-testid={`brand-${key}`}
            value={values[key]}
            placeholder={fallback}
            onChange={(e) => onChange({ [key]: e.target.value })}
            aria-invalid={!!errors[key]}
          />
        </Field>
      </div>
      <input
        type="color"
        aria-label={t("pick", { label })}
        value={HEX.test(values[key]) ? values[key].toLowerCase() : fallback}
        onChange={(e) => onChange({ [key]: e.target.value })}
        className="mb-5 h-10 w-12 cursor-pointer rounded border border-slate-300"
      />
    </div>
  );
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 md:col-span-2 md:grid-cols-2">
      <legend className="px-1 text-sm font-semibold text-slate-700">{t("title")}</legend>
      {color("primary_color", t("primary"), DEFAULT_CARD_COLORS.primary)}
      {color("accent_color", t("accent"), DEFAULT_CARD_COLORS.accent)}
      <div className="md:col-span-2">
        <p className="text-sm font-medium text-slate-700">{t("logo")}</p>
        {brandRef ? (
          <MediaPicker
            brandRef={brandRef}
            selected={values.logo_media_id ? [values.logo_media_id] : []}
            limit={1}
            limitNote={t("logoNote")}
            disabled={false}
            onChange={(ids) => onChange({ logo_media_id: ids[0] ?? "" })}
          />
        ) : (
          <p className="text-sm text-slate-500">{t("logoLater")}</p>
        )}
        {errors.logo_media_id ? (
          <p role="alert" className="text-xs text-rose-600">
            {errors.logo_media_id}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
