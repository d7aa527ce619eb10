"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { signUpAction } from "@/lib/actions/account";
import { signUpSchema } from "@/lib/schemas/account";

type Errors = Partial<Record<string, string>>;

export function SignUpForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(e.currentTarget));
    const local = signUpSchema.safeParse(values);
    if (!local.success) {
      return setErrors(
        Object.fromEntries(local.error.issues.map((i) => [String(i.path[0]), t(`invalid.${String(i.path[0])}`)])),
      );
    }
    setBusy(true);
    setErrors({});
    const res = await signUpAction(local.data);
    if (!res.ok) {
      setBusy(false);
      const details = (res.error.details as { path: string; message: string }[] | undefined) ?? [];
      return setErrors({ form: res.error.message, ...Object.fromEntries(details.map((d) => [d.path, d.message])) });
    }
    await signIn("credentials", { email: local.data.email, password: local.data.password, redirect: false });
    router.push("/calendar");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{t("createYourAccount")}</h1>
      <Field label={t("yourName")} error={errors.name}>
        <Input name="name" autoComplete="name" aria-invalid={!!errors.name} maxLength={100} autoFocus />
      </Field>
      <Field label={t("email")} error={errors.email}>
        <Input name="email" type="email" autoComplete="email" aria-invalid={!!errors.email} />
      </Field>
      <Field label={t("password")} error={errors.password} hint={t("atLeast8")}>
        <Input name="password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} />
      </Field>
      <Field label={t("workspaceName")} error={errors.workspace_name}>
        <Input name="workspace_name" placeholder={t("workspacePlaceholder")} maxLength={100} />
      </Field>
      {errors.form ? (
        <p role="alert" className="text-sm text-rose-600">
          {errors.form}
        </p>
      ) : null}
      <Button type="submit" data-testid="signup-submit" className="w-full" disabled={busy}>
        {busy ? t("creating") : t("createAccount")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <IntentLink className="font-medium text-brand-600 hover:underline" href="/signin">
          {t("signIn")}
        </IntentLink>
      </p>
    </form>
  );
}
