"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { apiFetch } from "@/components/api-client";
import type { UpdatedWorkspaceSettingsResponse, WorkspaceSettingsResponse } from "@/app/api/workspace/route";

export function ApprovalSetting() {
  const t = useTranslations("team.review");
  const qc = useQueryClient();
  const settings = useQuery({
    queryKey: ["workspace"],
    queryFn: () => apiFetch<WorkspaceSettingsResponse>("/api/workspace"),
  });
  const save = useMutation({
    mutationFn: (approval_required: boolean) =>
      apiFetch<UpdatedWorkspaceSettingsResponse>("/api/workspace", { method: "PATCH", body: { approval_required } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["workspace"] }),
  });
  return (
    <section aria-labelledby="approval-h" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="approval-h" className="text-base font-semibold">
        {t("title")}
      </h2>
      <label className="mt-3 flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={settings.data?.approval_required ?? false}
          disabled={!settings.data || save.isPending}
          onChange={(e) => save.mutate(e.target.checked)}
        />
        <span>{t.rich("required", { strong: (c) => <strong>{c}</strong> })}</span>
      </label>
      {save.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          {save.error.message}
        </p>
      ) : null}
    </section>
  );
}
