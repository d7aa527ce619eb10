"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { MoreButton } from "@/components/ui/more-button";
import { usePages } from "@/components/use-pages";
import { apiFetch } from "@/components/api-client";
import type { CreatedWebhookResponse, WebhooksResponse } from "@/app/api/webhooks/route";
import type { DeletedWebhookResponse } from "@/app/api/webhooks/[id]/route";
import type { CreateWebhookInput } from "@/lib/schemas/webhooks";
import { CreatedSecret } from "@/components/settings/created-secret";
import { useSecretList } from "@/components/settings/use-secret-list";
import type { DeliveriesResponse } from "@/app/api/webhooks/[id]/deliveries/route";
import type { TestWebhookResponse } from "@/app/api/webhooks/[id]/test/route";
import type { RedeliveryResponse } from "@/app/api/webhooks/[id]/deliveries/[delivery]/redeliver/route";

export function WebhooksPanel() {
  const t = useTranslations("team.webhooks");
  const [openId, setOpenId] = useState<string | null>(null);
  const {
    list: hooks,
    create,
    remove,
    secret,
  } = useSecretList<WebhooksResponse, CreatedWebhookResponse, Pick<CreateWebhookInput, "url">, DeletedWebhookResponse>({
    key: "webhooks",
    url: "/api/webhooks",
    secretOf: (created) => created.secret,
  });
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.mutate({ url: String(new FormData(e.currentTarget).get("url") ?? "") });
  }
  const webhooks = hooks.data?.pages.flatMap((p) => p.webhooks) ?? [];
  return (
    <section aria-labelledby="webhooks-h" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="webhooks-h" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <form method="post" onSubmit={onSubmit} className="mt-3 flex flex-wrap items-end gap-3">
        <div className="w-96">
          <Field label={t("url")}>
            <Input name="url" type="url" required placeholder="https://example.com/hooks/social-cm" />
          </Field>
        </div>
        <Button type="submit" disabled={create.isPending}>
          {t("add")}
        </Button>
      </form>
      <CreatedSecret error={create.error} secret={secret} label={t("secret")} testId="new-webhook-secret" />
      <ul className="mt-4 space-y-3">
        {webhooks.map((w) => (
          <li key={w.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <code className="break-all">{w.url}</code>
              {w.slack ? <span className="text-xs text-slate-500">Slack</span> : null}
              {w.failed_deliveries ? (
                <span className="text-xs text-rose-700">{t("failed", { count: w.failed_deliveries })}</span>
              ) : null}
              <span className="ml-auto flex gap-1">
                <Button variant="ghost" onClick={() => setOpenId(openId === w.id ? null : w.id)}>
                  {t("log")}
                </Button>
                <Button variant="ghost" onClick={() => remove.mutate(w.id)}>
                  {t("remove")}
                </Button>
              </span>
            </div>
            <p className="text-xs text-slate-500">{w.events.join(", ")}</p>
            {openId === w.id ? <DeliveryLog id={w.id} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeliveryLog({ id }: { id: string }) {
  const t = useTranslations("team.webhooks");
  const f = useFormats();
  const qc = useQueryClient();
  const log = usePages<DeliveriesResponse>(["deliveries", id], `/api/webhooks/${id}/deliveries`);
  const deliveries = log.data?.pages.flatMap((p) => p.deliveries) ?? [];
  const refresh = () => {
    qc.invalidateQueries({ queryKey: ["deliveries", id] });
    qc.invalidateQueries({ queryKey: ["webhooks"] });
  };
  const test = useMutation({
    mutationFn: () => apiFetch<TestWebhookResponse>(`/api/webhooks/${id}/test`, { method: "POST" }),
    onSettled: refresh,
  });
  const redeliver = useMutation({
    mutationFn: (delivery: string) =>
      apiFetch<RedeliveryResponse>(`/api/webhooks/${id}/deliveries/${delivery}/redeliver`, { method: "POST" }),
    onSettled: refresh,
  });
  return (
    <div className="mt-2 space-y-2">
      <Button variant="secondary" disabled={test.isPending} onClick={() => test.mutate()}>
        {t("test")}
      </Button>
      <table className="w-full text-left text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1">{t("event")}</th>
            <th>{t("status")}</th>
            <th>{t("attempts")}</th>
            <th>{t("lastAnswer")}</th>
            <th>{t("queued")}</th>
            <th>
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} className="border-t border-slate-100">
              <td className="py-1">{d.event}</td>
              <td>{d.status}</td>
              <td>{d.attempts}</td>
              <td>{d.last_status ?? d.last_error ?? "—"}</td>
              <td>{f.dateTime(d.created_at)}</td>
              <td>
                <button className="text-brand-700 underline" onClick={() => redeliver.mutate(d.id)}>
                  {t("redeliver")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreButton list={log} label={t("older")} loading={t("loading")} testId="deliveries-older" />
    </div>
  );
}
