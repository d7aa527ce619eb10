"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { safeCallbackPath } from "@/lib/safe-redirect";

export function SignInForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const res = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    setBusy(false);
    if (res?.error === "RateLimited") return setError(t("rateLimited"));
    if (!res || res.error) return setError(t("wrong"));
    router.push(safeCallbackPath(params.get("callbackUrl")));
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{t("signIn")}</h1>
      <Field label={t("email")}>
        <Input name="email" type="email" autoComplete="email" required autoFocus />
      </Field>
      <Field label={t("password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <Button type="submit" data-testid="signin-submit" className="w-full" disabled={busy}>
        {busy ? t("signingIn") : t("signIn")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("newHere")}{" "}
        <IntentLink className="font-medium text-brand-600 hover:underline" href="/signup">
          {t("createAnAccount")}
        </IntentLink>
      </p>
    </form>
  );
}
