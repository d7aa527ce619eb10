"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { apiFetch } from "@/components/api-client";
import type { MembersResponse } from "@/app/api/members/route";
import type { RemovedMemberResponse, UpdatedMemberResponse } from "@/app/api/members/[id]/route";
import type { CreatedInviteResponse } from "@/app/api/invites/route";
import { InvitesList } from "./invites-list";
import { ApprovalSetting } from "./approval-setting";
import { WebhooksPanel } from "./webhooks-panel";
import { stacked } from "./stacked-table";
import { PreferencesPanel } from "@/components/notifications/preferences-panel";

import { ROLES } from "@/lib/workspaces/roles";

export function TeamPanel({ isOwner, selfId }: { isOwner: boolean; selfId: string | null }) {
  const t = useTranslations("team");
  const tr = useTranslations("roles");
  const qc = useQueryClient();
  const [link, setLink] = useState<{ url: string; emailed: boolean } | null>(null);
  const [copied, setCopied] = useState(false);
  const members = useQuery({
    queryKey: ["members"],
    queryFn: () => apiFetch<MembersResponse>("/api/members"),
  });
  const invite = useMutation({
    mutationFn: (body: { email: string; role: string }) =>
      apiFetch<CreatedInviteResponse>("/api/invites", { method: "POST", body }),
    onSuccess: (res) => {
      setLink(res);
      setCopied(false);
      qc.invalidateQueries({ queryKey: ["invites"] });
    },
  });
  const change = useMutation({
    mutationFn: ({ id, role }: { id: string; role: string }) =>
      apiFetch<UpdatedMemberResponse>(`/api/members/${id}`, { method: "PATCH", body: { role } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["members"] }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch<RemovedMemberResponse>(`/api/members/${id}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["members"] }),
  });

  function onInvite(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    invite.mutate(
      { email: String(data.get("email") ?? ""), role: String(data.get("role") ?? "editor") },
      {
        // Ready for the next person; a refused address stays in the box to be corrected.
        onSuccess: () => {
          const email = form.elements.namedItem("email");
          if (email instanceof HTMLInputElement) email.value = "";
        },
      },
    );
  }

  const mutationError = change.error ?? remove.error;
  const owners = members.data?.members.filter((m) => m.role === "owner").length ?? 0;
  return (
    <div className="space-y-6">
      <section aria-labelledby="members-h" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="members-h" className="text-base font-semibold">
          {t("members")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("rolesHelp")}</p>
        {mutationError ? (
          <p role="alert" className="mt-2 text-sm text-rose-600">
            {mutationError.message}
          </p>
        ) : null}
        <table className={stacked.table} data-testid="members">
          <thead className={stacked.head}>
            <tr>
              <th className="py-2">{t("name")}</th>
              <th>{t("email")}</th>
              <th>{t("role")}</th>
              <th>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className={stacked.body}>
            {members.data?.members.map((m) => {
              // The server refuses to leave a workspace without an owner: nothing offers to.
              const onlyOwner = m.role === "owner" && owners === 1;
              return (
                <tr key={m.id} className={stacked.row} data-testid={`member-${m.email}`}>
                  <td className={stacked.first}>
                    {m.name}
                    {m.id === selfId ? <span className="ml-1 text-xs text-slate-500">{t("you")}</span> : null}
                  </td>
                  <td className={stacked.long}>{m.email}</td>
                  <td className={stacked.cell}>
                    {isOwner && !onlyOwner ? (
                      <Select
                        aria-label={t("roleOf", { email: m.email })}
                        value={m.role}
                        onChange={(e) => change.mutate({ id: m.id, role: e.target.value })}
                        className="w-32"
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {tr(r)}
                          </option>
                        ))}
                      </Select>
                    ) : (
                      tr(m.role)
                    )}
                  </td>
                  <td className={stacked.action}>
                    {isOwner && onlyOwner ? (
                      <span className="text-xs text-slate-500" data-testid="only-owner">
                        {t("onlyOwner")}
                      </span>
                    ) : isOwner ? (
                      <Button
                        variant="ghost"
                        onClick={() =>
                          window.confirm(t("confirmRemove", { who: m.name ?? m.email })) && remove.mutate(m.id)
                        }
                      >
                        {t("remove")}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {isOwner ? (
        <section aria-labelledby="invite-h" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="invite-h" className="text-base font-semibold">
            {t("invite")}
          </h2>
          <form method="post" onSubmit={onInvite} className="mt-4 flex flex-wrap items-end gap-3">
            <div className="w-72 max-w-full">
              <Field label={t("email")}>
                <Input name="email" type="email" required placeholder={t("emailPlaceholder")} />
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
            <Button type="submit" disabled={invite.isPending}>
              {invite.isPending ? t("inviting") : t("createInvite")}
            </Button>
          </form>
          {invite.error ? (
            <p role="alert" className="mt-2 text-sm text-rose-600">
              {invite.error.message}
            </p>
          ) : null}
          {link ? (
            <div className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
              <p className="font-medium">{link.emailed ? t("linkEmailed") : t("linkCopy")}</p>
              <div className="mt-2 flex items-center gap-2">
                <code data-testid="invite-link" className="block flex-1 break-all">
                  {link.url}
                </code>
                <Button
                  variant="secondary"
                  onClick={async () => {
                    await navigator.clipboard?.writeText(link.url).catch(() => {});
                    setCopied(true);
                  }}
                >
                  {copied ? t("copied") : t("copyLink")}
                </Button>
              </div>
            </div>
          ) : null}
          <InvitesList />
        </section>
      ) : null}

      {isOwner ? <ApprovalSetting /> : null}
      {selfId ? <PreferencesPanel /> : null}
      {isOwner ? <WebhooksPanel /> : null}
    </div>
  );
}
