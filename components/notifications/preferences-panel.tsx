"use client";

import { useTranslations } from "next-intl";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { PreferencesResponse, SavedPreferencesResponse } from "@/app/api/notifications/preferences/route";

/** Each member chooses which kinds reach them in the app and by email. */
export function PreferencesPanel() {
  const t = useTranslations("notifications");
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
        {t("title")}
      </h2>
      <table className="mt-3 text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1 pr-6 text-left">{t("kind")}</th>
            <th className="px-3">{t("inApp")}</th>
            <th className="px-3">{t("email")}</th>
          </tr>
        </thead>
        <tbody>
          {prefs.data?.preferences.map((p) => {
            const label = t.has(`kinds.${p.kind}`) ? t(`kinds.${p.kind}`) : p.label;
            return (
              <tr key={p.kind}>
                <td className="py-1 pr-6">{label}</td>
                <td className="px-3 text-center">
                  <input
                    type="checkbox"
                    aria-label={t("inAppOf", { label })}
                    checked={p.in_app}
                    onChange={(e) => save.mutate({ ...p, in_app: e.target.checked })}
                  />
                </td>
                <td className="px-3 text-center">
                  <input
                    type="checkbox"
                    aria-label={t("emailOf", { label })}
                    checked={p.email}
                    onChange={(e) => save.mutate({ ...p, email: e.target.checked })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
