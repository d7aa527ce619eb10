"use client";

import { useTranslations } from "next-intl";

import { IntentLink } from "@/components/ui/intent-link";
import { signIn, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useFormats } from "@/components/i18n/formats";
import { Field, Input } from "@/components/ui/field";
import { useIssueText } from "@/components/i18n/use-issue-text";
import { apiFetch } from "@/components/api-client";
import type { InviteDescriptionResponse } from "@/app/api/invites/[id]/route";
import type { AcceptedInviteResponse } from "@/app/api/invites/[id]/accept/route";
import type { InviteSignUpResponse } from "@/app/api/invites/[id]/signup/route";
import { switchWorkspaceAction } from "@/lib/actions/account";
import { inviteSignUpSchema } from "@/lib/schemas/team";

export function InviteAccept({ token, signedInAs }: { token: string; signedInAs: string | null }) {
  const t = useTranslations("team.accept");
  const issueText = useIssueText();
  const ta = useTranslations("auth");
  const tr = useTranslations("roles");
  const f = useFormats();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const info = useQuery({
    queryKey: ["invite", token],
    queryFn: () => apiFetch<InviteDescriptionResponse>(`/api/invites/${encodeURIComponent(token)}`),
    retry: false,
  });

  async function enter(workspace: string) {
    await switchWorkspaceAction(workspace);
    router.push("/calendar");
    router.refresh();
  }

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      const res = await apiFetch<AcceptedInviteResponse>(`/api/invites/${encodeURIComponent(token)}/accept`, {
        method: "POST",
      });
      await enter(res.workspace);
    } catch (err) {
      setBusy(false);
      setError((err as Error).message);
    }
  }

  async function signUp(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = inviteSignUpSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)), {
      reportInput: true,
    });
    if (!parsed.success) return setError(issueText(parsed.error.issues[0]));
    setBusy(true);
    setError(null);
    try {
      const res = await apiFetch<InviteSignUpResponse>(`/api/invites/${encodeURIComponent(token)}/signup`, {
        method: "POST",
        body: parsed.data,
      });
      await signIn("credentials", { email: res.email, password: parsed.data.password, redirect: false });
      await enter(res.workspace);
    } catch (err) {
      setBusy(false);
      setError((err as Error).message);
    }
  }

  if (info.isPending) return <p className="text-sm text-slate-600">{t("checking")}</p>;
  if (info.error) {
    return (
      <div className="space-y-3">
        <h1 className="text-xl font-semibold">{t("unavailable")}</h1>
        <p role="alert" className="text-sm text-rose-600">
          {info.error.message}
        </p>
      </div>
    );
  }
  const inv = info.data;
  const callback = `/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("join", { workspace: inv.workspace_name })}</h1>
      <p className="text-sm text-slate-600">
        {t.rich("invited", {
          strong: (c) => <strong>{c}</strong>,
          role: tr(inv.role),
          email: inv.email,
          date: f.dateTime(inv.expires_at),
        })}
      </p>
      {signedInAs ? (
        <div className="space-y-3">
          <p className="text-sm">{t("signedInAs", { email: signedInAs })}</p>
          {signedInAs.toLowerCase() === inv.email.toLowerCase() ? (
            <Button className="w-full" onClick={accept} disabled={busy}>
              {busy ? t("joining") : t("accept")}
            </Button>
          ) : (
            <p data-testid="invite-other-address" className="text-sm text-rose-700">
              {t("otherAddress", { email: inv.email })}
            </p>
          )}
          <button className="text-sm text-slate-600 underline" onClick={() => signOut({ callbackUrl: callback })}>
            {t("another")}
          </button>
        </div>
      ) : inv.has_account ? (
        <IntentLink className="block text-center font-medium text-brand-600 hover:underline" href={callback}>
          {t("signInToAccept")}
        </IntentLink>
      ) : (
        <form method="post" onSubmit={signUp} className="space-y-4" noValidate>
          <Field label={ta("yourName")}>
            <Input name="name" autoComplete="name" autoFocus />
          </Field>
          <Field label={ta("password")} hint={ta("atLeast8")}>
            <Input name="password" type="password" autoComplete="new-password" />
          </Field>
          <Button type="submit" className="w-full" disabled={busy}>
            {busy ? ta("creating") : t("createAndJoin")}
          </Button>
          <p className="text-center text-sm text-slate-600">
            {ta("haveAccount")}{" "}
            <IntentLink className="font-medium text-brand-600 hover:underline" href={callback}>
              {ta("signIn")}
            </IntentLink>
          </p>
        </form>
      )}
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
