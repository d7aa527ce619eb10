"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { apiFetch } from "@/components/api-client";
import type { ConnectionsResponse, CreatedConnectionResponse } from "@/app/api/brands/[brand]/connections/route";
import type { ArchivedConnectionResponse } from "@/app/api/brands/[brand]/connections/[id]/route";
import type { RestoredConnectionResponse } from "@/app/api/brands/[brand]/connections/[id]/restore/route";
import { ConnectionIdentity } from "./connection-identity";
import { useFormats } from "@/components/i18n/formats";

const NETWORKS = [
  { key: "linkedin", name: "LinkedIn" },
  { key: "facebook", name: "Facebook" },
  { key: "x", name: "X" },
] as const;

export function ConnectionsPanel({
  brand,
  timeZone,
  canManage,
  missing,
}: {
  brand: string;
  /** the brand's: every time on the page is read in it, as on the run board */
  timeZone: string;
  canManage: boolean;
  /** per network, the server variables still unset (its OAuth app is not configured) */
  missing: Record<string, string[]>;
}) {
  const t = useTranslations("connections");
  const f = useFormats();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ["connections", brand],
    queryFn: () => apiFetch<ConnectionsResponse>(`/api/brands/${brand}/connections`),
  });
  const save = useMutation({
    mutationFn: (body: Record<string, string>) =>
      apiFetch<CreatedConnectionResponse>(`/api/brands/${brand}/connections`, { method: "POST", body }),
    onSuccess: () => {
      setEditing(null);
      qc.invalidateQueries({ queryKey: ["connections", brand] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      apiFetch<ArchivedConnectionResponse>(`/api/brands/${brand}/connections/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["connections", brand] }),
  });
  const restore = useMutation({
    mutationFn: (id: string) =>
      apiFetch<RestoredConnectionResponse>(`/api/brands/${brand}/connections/${id}/restore`, { method: "POST" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["connections", brand] }),
  });
  const archived = list.data?.archived ?? [];

  function onSubmit(network: string, e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const expires = String(form.get("expires_at") ?? "");
    save.mutate({
      platform: network,
      account_id: String(form.get("account_id") ?? ""),
      access_token: String(form.get("access_token") ?? ""),
      ...(form.get("refresh_token") ? { refresh_token: String(form.get("refresh_token")) } : {}),
      ...(expires ? { expires_at: new Date(expires).toISOString() } : {}),
    });
  }

  return (
    <div className="space-y-6">
      <div className="grid gap-4 md:grid-cols-3">
        {NETWORKS.map((n) => {
          const c = list.data?.connections.find((x) => x.platform === n.key);
          return (
            <section
              key={n.key}
              data-testid={`connection-card-${n.key}`}
              className="rounded-xl border border-slate-200 bg-white p-4"
            >
              <div className="flex items-center justify-between">
                <h2 className="font-semibold">{n.name}</h2>
                {c ? (
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs ${c.status === "active" ? "bg-emerald-100 text-emerald-800" : "bg-rose-100 text-rose-800"}`}
                  >
                    {c.status === "active" ? t("connected") : t("needsReconnect")}
                  </span>
                ) : (
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t("sandbox")}</span>
                )}
              </div>
              {c ? (
                <>
                  <ConnectionIdentity c={c} />
                  <dl className="mt-2 text-sm">
                    <dt className="text-slate-500">{t("account")}</dt>
                    <dd className="break-all">{c.account_id}</dd>
                    <dt className="mt-1 text-slate-500">{t("expires")}</dt>
                    <dd>{c.expires_at ? `${f.dateTime(c.expires_at, timeZone)} (${timeZone})` : t("notByTime")}</dd>
                    <dt className="mt-1 text-slate-500">{t("lastChecked")}</dt>
                    <dd>
                      {c.last_checked_at ? `${f.dateTime(c.last_checked_at, timeZone)} (${timeZone})` : t("never")}
                    </dd>
                  </dl>
                </>
              ) : (
                <p className="mt-2 text-sm text-slate-600">{t("notConnected")}</p>
              )}
              {canManage && missing[n.key]?.length ? (
                <p className="mt-2 text-xs text-slate-500">
                  {t("setOnServer", { network: n.name, vars: missing[n.key].join(" + ") })}
                </p>
              ) : null}
              {c?.expires_soon ? (
                <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">{t("expiresSoon")}</p>
              ) : null}
              {c && c.status !== "active" ? (
                <p className="mt-2 rounded bg-rose-50 px-2 py-1 text-xs text-rose-800">
                  {c.status_reason ?? t("refused")} {t("reconnectToResume")}
                </p>
              ) : null}
              {canManage ? (
                editing === n.key ? (
                  <form
                    method="post"
                    data-testid={`connection-form-${n.key}`}
                    className="mt-3 space-y-2"
                    onSubmit={(e) => onSubmit(n.key, e)}
                  >
                    <Field label={t("account")} hint={t(`accountHint.${n.key}`)}>
                      <Input name="account_id" required defaultValue={c?.account_id} />
                    </Field>
                    <Field label={t("accessToken")}>
                      <Input name="access_token" type="password" required autoComplete="off" />
                    </Field>
                    <Field label={t("refreshToken")}>
                      <Input name="refresh_token" type="password" autoComplete="off" />
                    </Field>
                    <Field label={t("expiresOptional")}>
                      <Input name="expires_at" type="datetime-local" />
                    </Field>
                    {save.error ? (
                      <p role="alert" className="text-xs text-rose-700">
                        {save.error.message}
                      </p>
                    ) : null}
                    <div className="flex gap-2">
                      <Button type="submit" disabled={save.isPending}>
                        {t("save")}
                      </Button>
                      <Button type="button" variant="ghost" onClick={() => setEditing(null)}>
                        {t("cancel")}
                      </Button>
                    </div>
                  </form>
                ) : (
                  <div className="mt-3 flex flex-wrap gap-2">
                    {missing[n.key]?.length ? (
                      <Button variant="secondary" disabled title={t("setVars", { vars: missing[n.key].join(" + ") })}>
                        {c ? t("reconnect") : t("connect", { network: n.name })}
                      </Button>
                    ) : (
                      // A full navigation: the authorize route answers with a redirect to the network's consent page.
                      <a
                        href={`/api/brands/${encodeURIComponent(brand)}/connections/${n.key}/authorize`}
                        className="inline-flex items-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
                      >
                        {c ? t("reconnect") : t("connect", { network: n.name })}
                      </a>
                    )}
                    <Button variant="ghost" onClick={() => setEditing(n.key)}>
                      {t("paste")}
                    </Button>
                    {c ? (
                      <Button
                        variant="ghost"
                        onClick={() => confirm(t("confirmDisconnect", { network: n.name })) && remove.mutate(c.id)}
                      >
                        {t("disconnect")}
                      </Button>
                    ) : null}
                  </div>
                )
              ) : null}
            </section>
          );
        })}
      </div>
      {canManage && archived.length ? (
        <section data-testid="archived-connections" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">{t("archived")}</h2>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {archived.map((a) => (
              <li key={a.id} className="flex items-center justify-between py-2">
                <span>
                  {NETWORKS.find((n) => n.key === a.platform)?.name ?? a.platform} · {a.account_id} ·{" "}
                  {t("restorableUntil", { date: f.date(a.restorable_until) })}
                </span>
                <Button
                  variant="secondary"
                  disabled={restore.isPending || list.data?.connections.some((c) => c.platform === a.platform)}
                  onClick={() => restore.mutate(a.id)}
                >
                  {t("restore")}
                </Button>
              </li>
            ))}
          </ul>
          {restore.error ? (
            <p role="alert" className="mt-2 text-sm text-rose-700">
              {restore.error.message}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
