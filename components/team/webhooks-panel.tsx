"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { apiFetch } from "@/components/api-client";
import type { CreatedWebhookResponse, WebhooksResponse } from "@/app/api/webhooks/route";
import type { DeletedWebhookResponse } from "@/app/api/webhooks/[id]/route";
import type { DeliveriesResponse } from "@/app/api/webhooks/[id]/deliveries/route";
import type { TestWebhookResponse } from "@/app/api/webhooks/[id]/test/route";
import type { RedeliveryResponse } from "@/app/api/webhooks/[id]/deliveries/[delivery]/redeliver/route";

export function WebhooksPanel() {
  const qc = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const hooks = useQuery({
    queryKey: ["webhooks"],
    queryFn: () => apiFetch<WebhooksResponse>("/api/webhooks"),
  });
  const create = useMutation({
    mutationFn: (url: string) => apiFetch<CreatedWebhookResponse>("/api/webhooks", { method: "POST", body: { url } }),
    onSuccess: (r) => {
      setSecret(r.secret);
      qc.invalidateQueries({ queryKey: ["webhooks"] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch<DeletedWebhookResponse>(`/api/webhooks/${id}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["webhooks"] }),
  });
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.mutate(String(new FormData(e.currentTarget).get("url") ?? ""));
  }
  return (
    <section aria-labelledby="webhooks-h" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="webhooks-h" className="text-base font-semibold">
        Webhooks
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Signed per Standard Webhooks (see the README). A Slack incoming-webhook URL receives plain text.
      </p>
      <form onSubmit={onSubmit} className="mt-3 flex flex-wrap items-end gap-3">
        <div className="w-96">
          <Field label="Endpoint URL">
            <Input name="url" type="url" required placeholder="https://example.com/hooks/social-cm" />
          </Field>
        </div>
        <Button type="submit" disabled={create.isPending}>
          Add endpoint
        </Button>
      </form>
      {create.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          {create.error.message}
        </p>
      ) : null}
      {secret ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          Signing secret, shown once: <code className="break-all">{secret}</code>
        </p>
      ) : null}
      <ul className="mt-4 space-y-3">
        {hooks.data?.webhooks.map((w) => (
          <li key={w.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <code className="break-all">{w.url}</code>
              {w.slack ? <span className="text-xs text-slate-500">Slack</span> : null}
              {w.failed_deliveries ? <span className="text-xs text-rose-700">{w.failed_deliveries} failed</span> : null}
              <span className="ml-auto flex gap-1">
                <Button variant="ghost" onClick={() => setOpenId(openId === w.id ? null : w.id)}>
                  Delivery log
                </Button>
                <Button variant="ghost" onClick={() => remove.mutate(w.id)}>
                  Remove
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
  const qc = useQueryClient();
  const log = useQuery({
    queryKey: ["deliveries", id],
    queryFn: () => apiFetch<DeliveriesResponse>(`/api/webhooks/${id}/deliveries`),
  });
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
        Send test
      </Button>
      <table className="w-full text-left text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1">Event</th>
            <th>Status</th>
            <th>Attempts</th>
            <th>Last answer</th>
            <th>Queued</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {log.data?.deliveries.map((d) => (
            <tr key={d.id} className="border-t border-slate-100">
              <td className="py-1">{d.event}</td>
              <td>{d.status}</td>
              <td>{d.attempts}</td>
              <td>{d.last_status ?? d.last_error ?? "—"}</td>
              <td>{new Date(d.created_at).toLocaleString()}</td>
              <td>
                <button className="text-brand-700 underline" onClick={() => redeliver.mutate(d.id)}>
                  Redeliver
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
