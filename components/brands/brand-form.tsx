"use client";

import { useLocale, useTranslations } from "next-intl";
import { languageName } from "@/components/i18n/formats";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { apiFetch, ApiError } from "@/components/api-client";
import type { ArchivedBrandResponse, BrandResponse } from "@/app/api/brands/[brand]/route";
import type { BrandDto } from "@/lib/brands/brand-dto";
import { createBrandSchema, SUPPORTED_LANGUAGES } from "@/lib/schemas/brands";
import { brandToday } from "@/lib/dates/zoned";
import { useIssueText } from "@/components/i18n/use-issue-text";
import { fromBrand, toPayload, type BrandFormValues } from "./brand-form-values";
import { BrandVisualsFields } from "./brand-visuals-fields";
import { PostingHoursFields } from "./posting-hours-fields";

const FIELD_OF: Record<string, keyof BrandFormValues> = { publish_times: "linkedin", posting_hours: "posting_end" };

export function BrandForm({
  brand,
  canEdit,
  canDelete,
}: {
  brand: BrandDto | null;
  /** a viewer reads the brief: the fields are disabled and nothing offers to save */
  canEdit: boolean;
  canDelete: boolean;
}) {
  const t = useTranslations("brandForm");
  const locale = useLocale();
  const router = useRouter();
  const issueText = useIssueText();
  // The server renders a new brand in UTC; the browser then offers its own zone (rendering that on the
  // server too would not match whenever the two zones differ).
  const [values, setValues] = useState(() => fromBrand(brand, "UTC"));
  useEffect(() => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!brand && own) setValues((v) => (v.timezone === "UTC" ? { ...v, timezone: own } : v));
  }, [brand]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  // A refused save takes the person to what needs fixing: the form is long and the button is at its end.
  useEffect(() => {
    if (!Object.keys(errors).length) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]');
    first?.focus();
    first?.scrollIntoView({ block: "center" });
  }, [errors]);
  const [busy, setBusy] = useState(false);
  // The runtime's list leaves out "UTC" and old aliases; without the held zone the select would show another one.
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const zones = known.includes(values.timezone) ? known : [values.timezone, ...known];
  const set = (k: keyof BrandFormValues) => (e: { target: { value: string } }) =>
    setValues({ ...values, [k]: e.target.value });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    // Posts keep their day and local time in the new zone: some approved ones may now be due.
    if (brand && values.timezone !== brand.timezone && !window.confirm(t("timezoneChange", { zone: values.timezone })))
      return;
    const payload = toPayload(values);
    const local = createBrandSchema.safeParse(payload, { reportInput: true });
    if (!local.success)
      return setErrors(
        Object.fromEntries(
          local.error.issues.map((i) => [FIELD_OF[String(i.path[0])] ?? String(i.path[0]), issueText(i)]),
        ),
      );
    setBusy(true);
    setErrors({});
    try {
      const saved = await apiFetch<BrandResponse>(brand ? `/api/brands/${brand.slug}` : "/api/brands", {
        method: brand ? "PATCH" : "POST",
        body: payload,
      });
      // The month to plan is the brand's own current month, in its zone, named in the URL so a reload keeps it.
      router.push(`/calendar?brand=${saved.slug}&month=${brandToday(new Date(), saved.timezone).slice(0, 7)}`);
      router.refresh();
    } catch (err) {
      const details =
        err instanceof ApiError ? ((err.body.details as { path: string; message: string }[] | undefined) ?? []) : [];
      setErrors({
        form: err instanceof Error ? err.message : String(err),
        ...Object.fromEntries(details.map((d) => [FIELD_OF[d.path.split(".")[0]] ?? d.path.split(".")[0], d.message])),
      });
      setBusy(false);
    }
  }

  async function onDelete() {
    if (!brand || !confirm(t("confirmArchive", { name: brand.name }))) return;
    await apiFetch<ArchivedBrandResponse>(`/api/brands/${brand.slug}`, { method: "DELETE" });
    router.push("/settings/brands");
    router.refresh();
  }

  // The schema's limits, so the field stops there instead of refusing on save.
  const text = (k: keyof BrandFormValues, label: string, hint?: string, maxLength = 100) => (
    <Field label={label} error={errors[k]} hint={hint}>
      <Input value={values[k]} onChange={set(k)} aria-invalid={!!errors[k]} maxLength={maxLength} />
    </Field>
  );
  const area = (k: keyof BrandFormValues, label: string, hint?: string, placeholder?: string) => (
    <Field label={label} error={errors[k]} hint={hint}>
      <Textarea rows={3} value={values[k]} onChange={set(k)} aria-invalid={!!errors[k]} placeholder={placeholder} />
    </Field>
  );

  return (
    <form
      ref={form}
      method="post"
      data-testid="brand-form"
      onSubmit={onSubmit}
      noValidate
      className="grid max-w-3xl gap-4 rounded-xl border border-slate-200 bg-white p-6 md:grid-cols-2"
    >
      {canEdit ? null : (
        <p data-testid="brief-read-only" className="text-sm text-slate-600 md:col-span-2">
          {t("readOnly")}
        </p>
      )}
      <fieldset disabled={!canEdit} className="contents">
        {text("name", t("name"), undefined, 80)}
        {text("tone", t("tone"), t("toneHint"))}
        <div className="md:col-span-2">{area("positioning", t("positioning"))}</div>
        <div className="md:col-span-2">{area("target_audience", t("audience"))}</div>
        {text("audience_name", t("audienceName"), t("audienceNameHint"), 60)}
        {area("value_props", t("valueProps"), t("onePerLine"))}
        {area("cta_targets", t("ctas"), t("ctasHint"), t("ctasPlaceholder"))}
        <Field label={t("language")} error={errors.language}>
          <Select value={values.language} onChange={set("language")}>
            {SUPPORTED_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("timezone")} error={errors.timezone}>
          <Select value={values.timezone} onChange={set("timezone")}>
            {zones.map((z) => (
              <option key={z}>{z}</option>
            ))}
          </Select>
        </Field>
        {text("website", t("website"))}
        <Field label={t("signals")} hint={t("signalsHint")}>
          <Select value={values.signal_mode} onChange={set("signal_mode")}>
            <option value="suggest">{t("suggest")}</option>
            <option value="adapt">{t("adapt")}</option>
          </Select>
        </Field>
        {area("feed_urls", t("feeds"), t("oneUrlPerLine"))}
        {area("keywords", t("keywords"), t("keywordsHint"))}
        <div className="md:col-span-2">{area("ab_tests", t("abTests"), t("abTestsHint"))}</div>
        {text("hashtags_always", t("hashtagsAlways"))}
        {text("hashtags_never", t("hashtagsNever"))}
        <div className="grid grid-cols-3 gap-3 md:col-span-2">
          {(["linkedin", "facebook", "x"] as const).map((n) => (
            <Field
              key={n}
              label={t("time", { network: { linkedin: "LinkedIn", facebook: "Facebook", x: "X" }[n] })}
              error={errors[n]}
              hint={t("timeHint")}
            >
              <Input type="time" value={values[n]} onChange={set(n)} />
            </Field>
          ))}
        </div>
        <PostingHoursFields values={values} errors={errors} onChange={(patch) => setValues({ ...values, ...patch })} />
        <BrandVisualsFields
          brandRef={brand?.slug ?? null}
          values={values}
          errors={errors}
          onChange={(patch) => setValues({ ...values, ...patch })}
        />
        {errors.form ? (
          <p role="alert" data-form-error tabIndex={-1} className="text-sm text-rose-700 md:col-span-2">
            {errors.form}
          </p>
        ) : null}
      </fieldset>
      {canEdit ? (
        <div className="flex gap-2 md:col-span-2">
          <Button type="submit" disabled={busy}>
            {busy ? t("saving") : brand ? t("save") : t("create")}
          </Button>
          {brand && canDelete ? (
            <Button type="button" variant="danger" onClick={onDelete}>
              {t("archive")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
