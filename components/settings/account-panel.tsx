"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { apiFetch } from "@/components/api-client";
import type { PasswordChangedResponse } from "@/app/api/account/password/route";
import type { EndedSessionsResponse } from "@/app/api/account/sessions/route";
import { signOut } from "@/components/shell/sign-out-button";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/schemas/account";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSelect } from "./language-select";

/** The person's own account: their language, their password, and ending their sessions on every device. */
export function AccountPanel({ locale }: { locale: Locale | null }) {
  const t = useTranslations("account");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (body: ChangePasswordInput) =>
      apiFetch<PasswordChangedResponse>("/api/account/password", { method: "POST", body }),
  });
  const everywhere = useMutation({
    mutationFn: () => apiFetch<EndedSessionsResponse>("/api/account/sessions", { method: "DELETE" }),
    onSuccess: () => signOut(),
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const parsed = changePasswordSchema.safeParse({
      current_password: String(f.get("current_password") ?? ""),
      new_password: String(f.get("new_password") ?? ""),
    });
    change.reset();
    const issue = parsed.success ? null : parsed.error.issues[0];
    setFieldError(
      !issue
        ? null
        : issue.path[0] !== "new_password"
          ? t("enterCurrent")
          : issue.code === "too_big"
            ? t("tooLong")
            : issue.code === "custom"
              ? t("samePassword")
              : t("tooShort"),
    );
    if (parsed.success) change.mutate(parsed.data, { onSuccess: () => form.reset() });
  }

  return (
    <section aria-labelledby="account-h" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="account-h" className="text-base font-semibold">
        {t("title")}
      </h2>
      <div className="mt-4">
        <LanguageSelect setting={locale} />
      </div>
      <form method="post" onSubmit={onSubmit} className="mt-4 flex flex-wrap items-start gap-3">
        <div className="w-56">
          <Field label={t("currentPassword")}>
            <Input name="current_password" type="password" autoComplete="current-password" required />
          </Field>
        </div>
        <div className="w-56">
          <Field label={t("newPassword")} hint={t("atLeast8")}>
            <Input
              name="new_password"
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              maxLength={200}
            />
          </Field>
        </div>
        {/* level with the inputs, below their labels, whatever the hint under one of them */}
        <Button type="submit" disabled={change.isPending} className="mt-6">
          {change.isPending ? t("changing") : t("change")}
        </Button>
      </form>
      {fieldError || change.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          {fieldError ?? change.error?.message}
        </p>
      ) : null}
      {change.data ? (
        <p role="status" className="mt-2 text-sm text-emerald-700">
          {t("changed", { count: change.data.other_sessions_ended })}
        </p>
      ) : null}
      <div className="mt-5 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <Button variant="secondary" onClick={() => everywhere.mutate()} disabled={everywhere.isPending}>
          {t("signOutEverywhere")}
        </Button>
        <p className="text-sm text-slate-600">{t("signOutEverywhereHint")}</p>
      </div>
      {everywhere.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          {everywhere.error.message}
        </p>
      ) : null}
    </section>
  );
}
