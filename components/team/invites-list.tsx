"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useFormats } from "@/components/i18n/formats";
import { MoreButton } from "@/components/ui/more-button";
import { apiFetch } from "@/components/api-client";
import { usePages } from "@/components/use-pages";
import type { InvitesResponse } from "@/app/api/invites/route";
import type { RevokedInviteResponse } from "@/app/api/invites/[id]/route";
import { stacked } from "./stacked-table";

export function InvitesList() {
  const t = useTranslations("team.invites");
  const tr = useTranslations("roles");
  const f = useFormats();
  const qc = useQueryClient();
  const invites = usePages<InvitesResponse>(["invites"], "/api/invites");
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch<RevokedInviteResponse>(`/api/invites/${id}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["invites"] }),
  });
  const rows = invites.data?.pages.flatMap((p) => p.invites) ?? [];
  if (rows.length === 0) return null;
  return (
    <>
      <table className={stacked.table} data-testid="invites">
        <thead className={stacked.head}>
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
        <tbody className={stacked.body}>
          {rows.map((i) => (
            <tr key={i.id} className={stacked.row}>
              <td className={`${stacked.first} [overflow-wrap:anywhere]`}>{i.email}</td>
              <td className={stacked.cell}>{tr(i.role)}</td>
              <td className={stacked.cell}>{t.has(`states.${i.state}`) ? t(`states.${i.state}`) : i.state}</td>
              <td className={stacked.cell}>{f.dateTime(i.expires_at)}</td>
              <td className={stacked.action}>
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
      <MoreButton list={invites} label={t("older")} loading={t("loading")} testId="invites-older" />
    </>
  );
}
