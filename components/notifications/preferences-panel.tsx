"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { PreferencesResponse, SavedPreferencesResponse } from "@/app/api/notifications/preferences/route";

/** Each member chooses which kinds reach them in the app and by email. */
export function PreferencesPanel() {
  const qc = useQueryClient();
  const prefs = useQuery({
    queryKey: ["notification-prefs"],
    queryFn: () => apiFetch<PreferencesResponse>("/api/notifications/preferences"),
  });
  const save = useMutation({
    mutationFn: (p: PreferencesResponse["preferences"][number]) =>
      apiFetch<SavedPreferencesResponse>("/api/notifications/preferences", {
        method: "PUT",
        body: { preferences: [{ kind: p.kind, in_app: p.in_app, email: p.email }] },
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["notification-prefs"] }),
  });
  return (
    <section aria-labelledby="prefs-h" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="prefs-h" className="text-base font-semibold">
        Your notifications
      </h2>
      <table className="mt-3 text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1 pr-6 text-left">Kind</th>
            <th className="px-3">In the app</th>
            <th className="px-3">Email</th>
          </tr>
        </thead>
        <tbody>
          {prefs.data?.preferences.map((p) => (
            <tr key={p.kind}>
              <td className="py-1 pr-6">{p.label}</td>
              <td className="px-3 text-center">
                <input
                  type="checkbox"
                  aria-label={`${p.label} in the app`}
                  checked={p.in_app}
                  onChange={(e) => save.mutate({ ...p, in_app: e.target.checked })}
                />
              </td>
              <td className="px-3 text-center">
                <input
                  type="checkbox"
                  aria-label={`${p.label} by email`}
                  checked={p.email}
                  onChange={(e) => save.mutate({ ...p, email: e.target.checked })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
