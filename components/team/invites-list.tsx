"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/api-client";
import type { InvitesResponse } from "@/app/api/invites/route";
import type { RevokedInviteResponse } from "@/app/api/invites/[id]/route";

export function InvitesList() {
  const t = useTranslations("team.invites");
  const tr = useTranslations("roles");
  const qc = useQueryClient();
  const invites = useQuery({
    queryKey: ["invites"],
    queryFn: () => apiFetch<InvitesResponse>("/api/invites"),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch<RevokedInviteResponse>(`/api/invites/${id}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["invites"] }),
  });
  const rows = invites.data?.invites ?? [];
  if (rows.length === 0) return null;
  return (
    <table className="mt-4 w-full text-left text-sm">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-2">{t("invited")}</th>
          <th>{t("role")}</th>
          <th>{t("state")}</th>
          <th>{t("expires")}</th>
          <th>
            <span className="sr-only">{t("actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.id} className="border-t border-slate-100">
            <td className="py-2">{i.email}</td>
            <td>{tr(i.role)}</td>
            <td>{t.has(`states.${i.state}`) ? t(`states.${i.state}`) : i.state}</td>
            <td>{i.expires_at.slice(0, 10)}</td>
            <td className="text-right">
              {i.state === "pending" ? (
                <Button variant="ghost" onClick={() => revoke.mutate(i.id)}>
                  {t("revoke")}
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
