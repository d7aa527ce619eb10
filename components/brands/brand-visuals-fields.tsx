"use client";

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
  const color = (key: ColorKey, label: string, fallback: string) => (
    <div className="flex items-end gap-2">
      <div className="flex-1">
        <Field label={label} error={errors[key]} hint={`Hex, e.g. ${fallback} (the default)`}>
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
        aria-label={`Pick the ${label.toLowerCase()}`}
        value={HEX.test(values[key]) ? values[key].toLowerCase() : fallback}
        onChange={(e) => onChange({ [key]: e.target.value })}
        className="mb-5 h-10 w-12 cursor-pointer rounded border border-slate-300"
      />
    </div>
  );
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 md:col-span-2 md:grid-cols-2">
      <legend className="px-1 text-sm font-semibold text-slate-700">Generated visuals</legend>
      {color("primary_color", "Primary color", DEFAULT_CARD_COLORS.primary)}
      {color("accent_color", "Accent color", DEFAULT_CARD_COLORS.accent)}
      <div className="md:col-span-2">
        <p className="text-sm font-medium text-slate-700">Logo</p>
        {brandRef ? (
          <MediaPicker
            brandRef={brandRef}
            selected={values.logo_media_id ? [values.logo_media_id] : []}
            limit={1}
            limitNote="Pick the logo shown at the foot of the brand's cards"
            disabled={false}
            onChange={(ids) => onChange({ logo_media_id: ids[0] ?? "" })}
          />
        ) : (
          <p className="text-sm text-slate-500">
            Once the brand is created, pick its logo from its media library here.
          </p>
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
