"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { apiFetch } from "@/components/api-client";
import type { CreatedTokenResponse, TokensResponse } from "@/app/api/tokens/route";
import type { RevokedTokenResponse } from "@/app/api/tokens/[id]/route";

export function ApiTokensPanel() {
  const qc = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const tokens = useQuery({ queryKey: ["tokens"], queryFn: () => apiFetch<TokensResponse>("/api/tokens") });
  const create = useMutation({
    mutationFn: (body: { name: string; role: string }) =>
      apiFetch<CreatedTokenResponse>("/api/tokens", { method: "POST", body }),
    onSuccess: (res) => {
      setSecret(res.token);
      qc.invalidateQueries({ queryKey: ["tokens"] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch<RevokedTokenResponse>(`/api/tokens/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["tokens"] }),
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
      {create.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          {create.error.message}
        </p>
      ) : null}
      {secret ? (
        <div className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium">Copy this token now. It will not be shown again.</p>
          <code data-testid="new-token" className="mt-1 block break-all">
            {secret}
          </code>
        </div>
      ) : null}
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
                  <span className="text-slate-400">revoked</span>
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
