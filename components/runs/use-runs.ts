"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { RunStatus } from "@/lib/orchestration/get-run-status";
import type { DryRunResult } from "@/lib/orchestration/dry-run";

const ACTIVE = ["pending", "claimed", "sending"];

export function useRunStatus(date: string, brand: string | null, busy: boolean) {
  const qs = new URLSearchParams({ date, ...(brand ? { brand } : {}) });
  return useQuery({
    queryKey: ["run-status", date, brand],
    queryFn: () => apiFetch<RunStatus>(`/api/orchestrator/status?${qs}`),
    refetchInterval: (q) => (busy || q.state.data?.rows.some((r) => ACTIVE.includes(r.state)) ? 2_000 : 15_000),
  });
}

interface RunNowResult {
  counts: Record<string, number>;
  results: { platform: string; status: string; error: { message: string } | null }[];
  not_due: NotDuePost[];
}
export interface NotDuePost {
  post_id: string;
  brand: string;
  platform: string;
  scheduled_at: string;
}

/** "Run now" sends only what is due; `includeFuture` is the explicit "Publish early". */
export function useRunNow(date: string, brand: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ includeFuture = false }: { includeFuture?: boolean } = {}) =>
      apiFetch<RunNowResult>("/api/orchestrator/daily", {
        method: "POST",
        body: { execute_date: date, dry_run: false, include_future: includeFuture, ...(brand ? { brand } : {}) },
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["run-status"] }),
  });
}

export function useDryRun(date: string, brand: string | null) {
  return useMutation({
    mutationFn: () =>
      apiFetch<{ run_id: string; results: DryRunResult[] }>("/api/orchestrator/daily", {
        method: "POST",
        // the preview shows the whole day, including posts whose time has not come
        body: { execute_date: date, dry_run: true, include_future: true, ...(brand ? { brand } : {}) },
      }),
  });
}

export function useRetry(date: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ platform, brand }: { platform: string; brand?: string }) =>
      apiFetch<RunNowResult>(
        `/api/orchestrator/retry/${date}/${platform}${brand ? `?brand=${encodeURIComponent(brand)}` : ""}`,
        {
          method: "POST",
        },
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: ["run-status"] }),
  });
}
