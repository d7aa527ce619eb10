"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { RunStatusResponse } from "@/app/api/orchestrator/status/route";
import type { DailyRunResponse } from "@/app/api/orchestrator/daily/route";
import type { RetrySlotResponse } from "@/app/api/orchestrator/retry/[date]/[platform]/route";
import type { RecordLinkResponse } from "@/app/api/orchestrator/link/[date]/[platform]/route";
import type { LinkInput } from "@/lib/schemas/orchestrator";

const ACTIVE = ["pending", "claimed", "sending"];

export function useRunStatus(date: string, brand: string | null, busy: boolean) {
  const qs = new URLSearchParams({ date, ...(brand ? { brand } : {}) });
  return useQuery({
    queryKey: ["run-status", date, brand],
    queryFn: () => apiFetch<RunStatusResponse>(`/api/orchestrator/status?${qs}`),
    refetchInterval: (q) => (busy || q.state.data?.rows.some((r) => ACTIVE.includes(r.state)) ? 2_000 : 15_000),
  });
}

type LiveRun = Extract<DailyRunResponse, { dry_run: false }>;
export type NotDuePost = LiveRun["not_due"][number];

/** "Run now" sends only what is due; `includeFuture` is the explicit "Publish early", of exactly `postIds`. */
export function useRunNow(date: string, brand: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ includeFuture = false, postIds }: { includeFuture?: boolean; postIds?: string[] } = {}) =>
      apiFetch<LiveRun>("/api/orchestrator/daily", {
        method: "POST",
        body: {
          execute_date: date,
          dry_run: false,
          include_future: includeFuture,
          ...(brand ? { brand } : {}),
          ...(postIds ? { post_ids: postIds } : {}),
        },
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["run-status"] }),
  });
}

export function useDryRun(date: string, brand: string | null) {
  return useMutation({
    mutationFn: () =>
      apiFetch<Extract<DailyRunResponse, { dry_run: true }>>("/api/orchestrator/daily", {
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
      apiFetch<RetrySlotResponse>(
        `/api/orchestrator/retry/${date}/${platform}${brand ? `?brand=${encodeURIComponent(brand)}` : ""}`,
        {
          method: "POST",
        },
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: ["run-status"] }),
  });
}

/** A published post's link, pasted from the network when it never gave the post's id back. */
export function useRecordLink(date: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ platform, ...body }: { platform: string } & LinkInput) =>
      apiFetch<RecordLinkResponse>(`/api/orchestrator/link/${date}/${platform}`, { method: "PUT", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["run-status"] }),
  });
}
