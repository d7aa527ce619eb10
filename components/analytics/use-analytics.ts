"use client";

import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/components/api-client";
import type { PerformanceResponse } from "@/app/api/analytics/performance/route";
import type { YesterdayResponse } from "@/app/api/analytics/yesterday/[brand]/route";
import type { LearningResponse } from "@/app/api/analytics/learning/[brand]/route";
import type { Performance } from "@/lib/analytics/get-performance";
import { performanceUrl, type AnalyticsFilters } from "./filters";

export type Yesterday = YesterdayResponse;
export type YesterdayNetwork = Yesterday["networks"][number];
export type PostPick = NonNullable<YesterdayNetwork["best"]>;

/** A 4xx (bad range, unknown brand, no access) will not fix itself: retry only server and network errors. */
const retry = (count: number, err: Error) => count < 1 && !(err instanceof ApiError && err.status < 500);

const key = (f: AnalyticsFilters) => [f.brand, f.from, f.to, f.platform ?? "all"] as const;

export function usePerformance(f: AnalyticsFilters, groupBy: Performance["group_by"]) {
  return useQuery({
    queryKey: ["analytics", "performance", ...key(f), groupBy],
    queryFn: () => apiFetch<PerformanceResponse>(performanceUrl(f, groupBy)),
    retry,
  });
}

/** The day series of each network: one call per network, so each line is that network alone. */
export function useDailyByNetwork(f: AnalyticsFilters, networks: string[]) {
  return useQueries({
    queries: networks.map((n) => ({
      queryKey: ["analytics", "performance", f.brand, f.from, f.to, n, "day"],
      queryFn: () => apiFetch<PerformanceResponse>(performanceUrl(f, "day", { platform: n })),
      retry,
    })),
    combine: (results) => ({
      data: results.every((r) => r.data) ? results.map((r) => r.data!) : undefined,
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}

export function useYesterday(brand: string) {
  return useQuery({
    queryKey: ["analytics", "yesterday", brand],
    queryFn: () => apiFetch<Yesterday>(`/api/analytics/yesterday/${encodeURIComponent(brand)}`),
    retry,
  });
}

const learningKey = (brand: string) => ["analytics", "learning", brand];

export function useLearning(brand: string) {
  return useQuery({
    queryKey: learningKey(brand),
    queryFn: () => apiFetch<LearningResponse>(`/api/analytics/learning/${encodeURIComponent(brand)}`),
    retry,
  });
}

export function useRecomputeLearning(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<LearningResponse>(`/api/analytics/learning/${encodeURIComponent(brand)}`, { method: "POST" }),
    onSuccess: (data) => qc.setQueryData(learningKey(brand), data),
  });
}
