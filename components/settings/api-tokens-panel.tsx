"use client";

import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { CreatedTokenResponse, TokensResponse } from "@/app/api/tokens/route";
import type { RevokedTokenResponse } from "@/app/api/tokens/[id]/route";
import { CreatedSecret } from "./created-secret";
import { useSecretList } from "./use-secret-list";

export function ApiTokensPanel() {
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

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    create.mutate({ name: String(f.get("name") ?? ""), role: String(f.get("role") ?? "editor") });
    e.currentTarget.reset();
  }

  return (
    <section aria-labelledby="tokens-h" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="tokens-h" className="text-base font-semibold">
        API tokens
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        For scripts: send <code>Authorization: Bearer &lt;token&gt;</code>. A token is shown once.
      </p>
      <form onSubmit={onSubmit} className="mt-4 flex flex-wrap items-end gap-3">
        <div className="w-56">
          <Field label="Name">
            <Input name="name" required placeholder="CI script" />
          </Field>
        </div>
        <div className="w-36">
          <Field label="Role">
            <Select name="role" defaultValue="editor">
              <option>viewer</option>
              <option>editor</option>
              <option>approver</option>
              <option>owner</option>
            </Select>
          </Field>
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create token"}
        </Button>
      </form>
      <CreatedSecret
        error={create.error}
        secret={secret}
        label="Copy this token now. It will not be shown again."
        testId="new-token"
      />
      <table className="mt-4 w-full text-left text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-2">Name</th>
            <th>Role</th>
            <th>Prefix</th>
            <th>Last used</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {tokens.data?.tokens.map((t) => (
            <tr key={t.id} className="border-t border-slate-100">
              <td className="py-2">{t.name}</td>
              <td>{t.role}</td>
              <td>
                <code>{t.prefix}…</code>
              </td>
              <td>{t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleString() : "never"}</td>
              <td className="text-right">
                {t.revokedAt ? (
                  <span className="text-slate-500">revoked</span>
                ) : (
                  <Button variant="ghost" onClick={() => revoke.mutate(t.id)}>
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
          {tokens.data && tokens.data.tokens.length === 0 ? (
            <tr>
              <td colSpan={5} className="py-3 text-slate-500">
                No tokens yet.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
