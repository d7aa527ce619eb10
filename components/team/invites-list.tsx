"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/api-client";
import type { InvitesResponse } from "@/app/api/invites/route";
import type { RevokedInviteResponse } from "@/app/api/invites/[id]/route";

export function InvitesList() {
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
          <th className="py-2">Invited</th>
          <th>Role</th>
          <th>State</th>
          <th>Expires</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.id} className="border-t border-slate-100">
            <td className="py-2">{i.email}</td>
            <td>{i.role}</td>
            <td>{i.state}</td>
            <td>{i.expires_at.slice(0, 10)}</td>
            <td className="text-right">
              {i.state === "pending" ? (
                <Button variant="ghost" onClick={() => revoke.mutate(i.id)}>
                  Revoke
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
