"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { MoreButton } from "@/components/ui/more-button";
import { useFormats } from "@/components/i18n/formats";
import type { CreatedTokenResponse, TokensResponse } from "@/app/api/tokens/route";
import type { RevokedTokenResponse } from "@/app/api/tokens/[id]/route";
import { ROLES } from "@/lib/workspaces/roles";
import { CreatedSecret } from "./created-secret";
import { useSecretList } from "./use-secret-list";

export function ApiTokensPanel() {
  const t = useTranslations("tokens");
  const tr = useTranslations("roles");
  const f = useFormats();
  const {
    list: tokens,
    create,
    remove: revoke,
    secret,
  } = useSecretList<TokensResponse, CreatedTokenResponse, { name: string; role: string }, RevokedTokenResponse>({
    key: "tokens",
    url: "/api/tokens",
    secretOf: (created) => created.token,
  });

  const rows = tokens.data?.pages.flatMap((p) => p.tokens) ?? [];

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    create.mutate({ name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "editor") });
    e.currentTarget.reset();
  }

  return (
    <section aria-labelledby="tokens-h" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="tokens-h" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {t.rich("intro", { code: (chunks) => <code>{chunks}</code>, placeholder: "<token>" })}
      </p>
      <form method="post" onSubmit={onSubmit} className="mt-4 flex flex-wrap items-end gap-3">
        <div className="w-56">
          <Field label={t("name")}>
            <Input name="name" required placeholder={t("namePlaceholder")} />
          </Field>
        </div>
        <div className="w-36">
          <Field label={t("role")}>
            <Select name="role" defaultValue="editor">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t("creating") : t("create")}
        </Button>
      </form>
      <CreatedSecret error={create.error} secret={secret} label={t("copyNow")} testId="new-token" />
      <table className="mt-4 w-full text-left text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-2">{t("name")}</th>
            <th>{t("role")}</th>
            <th>{t("prefix")}</th>
            <th>{t("lastUsed")}</th>
            <th>
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((tok) => (
            <tr key={tok.id} className="border-t border-slate-100">
              <td className="py-2">{tok.name}</td>
              <td>
                {tr(tok.role)}
                {tok.acts_as && tok.acts_as !== tok.role ? ` ${t("actsAs", { role: tr(tok.acts_as) })}` : ""}
              </td>
              <td>
                <code>{tok.prefix}…</code>
              </td>
              <td>{tok.last_used_at ? f.dateTime(tok.last_used_at) : t("never")}</td>
              <td className="text-right">
                {tok.revoked_at ? (
                  <span className="text-slate-500">{t("revoked")}</span>
                ) : (
                  <Button variant="ghost" onClick={() => revoke.mutate(tok.id)}>
                    {t("revoke")}
                  </Button>
                )}
              </td>
            </tr>
          ))}
          {tokens.data && rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="py-3 text-slate-500">
                {t("empty")}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <MoreButton list={tokens} label={t("older")} loading={t("loading")} testId="tokens-older" />
    </section>
  );
}
