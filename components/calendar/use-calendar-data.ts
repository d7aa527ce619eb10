"use client";

import { usePages } from "@/components/use-pages";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/api-client";
import type { PostsResponse } from "@/app/api/brands/[brand]/posts/route";
import type { BestTimesResponse } from "@/app/api/brands/[brand]/best-times/route";
import type { ConnectionsResponse } from "@/app/api/brands/[brand]/connections/route";
import type { UpdatedPostResponse } from "@/app/api/posts/[id]/route";
import type { RegeneratedPostResponse } from "@/app/api/posts/[id]/regenerate/route";
import type { SuggestionResponse } from "@/app/api/posts/[id]/suggestion/route";
import type { ApprovedResponse } from "@/app/api/strategy/approve/route";
import { cardProgressKey } from "@/components/media/card-progress-key";
import type { GeneratedStrategyResponse } from "@/app/api/strategy/generate/route";
import type { PostVersionsResponse } from "@/app/api/posts/[id]/versions/route";
import type { RestoredVersionResponse } from "@/app/api/posts/[id]/restore/route";
import type { UndoneResponse } from "@/app/api/undo/route";
import type { RegeneratePreviewResponse } from "@/app/api/strategy/generate/preview/route";
import type { RetrySlotResponse } from "@/app/api/orchestrator/retry/[date]/[platform]/route";
import type { ApproveInput, GenerateStrategyInput, UpdatePostInput } from "@/lib/schemas/strategy";
import type { RestoreVersionInput } from "@/lib/schemas/history";

export type Pillar = PostsResponse["pillars"][number];

export function usePosts(brand: string, from: string, to: string) {
  return useQuery({
    queryKey: ["posts", brand, from, to],
    queryFn: () => apiFetch<PostsResponse>(`/api/brands/${encodeURIComponent(brand)}/posts?from=${from}&to=${to}`),
  });
}

/** The brand's connected accounts, so previews show who will really post. */
export function useConnections(brand: string) {
  return useQuery({
    queryKey: ["connections", brand],
    queryFn: () => apiFetch<ConnectionsResponse>(`/api/brands/${encodeURIComponent(brand)}/connections`),
  });
}

/**
 * Optimistic: the calendar moves at once and snaps back with the server's message if the change is refused.
 * Changes go out one at a time: Alt+↓ pressed three times sends three moves made on the version shown, and
 * each must follow the version the one before it saved, not be refused as stale by it.
 */
export function useUpdatePost(brand: string, from: string, to: string) {
  const qc = useQueryClient();
  const key = ["posts", brand, from, to];
  // "post:version" → the version this tab's own change made of it; another tab's change is still a conflict.
  const [ours] = useState(() => new Map<string, number>());
  return useMutation({
    mutationKey: ["update-post", brand],
    scope: { id: `update-post:${brand}` },
    mutationFn: async ({ id, version, ...body }: UpdatePostInput & { id: string }) => {
      let current = version;
      for (let next = ours.get(`${id}:${current}`); next; next = ours.get(`${id}:${current}`)) current = next;
      const post = await apiFetch<UpdatedPostResponse>(`/api/posts/${id}`, {
        method: "PATCH",
        body: { ...body, version: current },
      });
      ours.set(`${id}:${current}`, post.version);
      return post;
    },
    onMutate: async ({ id, ...change }) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<PostsResponse>(key);
      if (previous) {
        qc.setQueryData<PostsResponse>(key, {
          ...previous,
          posts: previous.posts.map((p) =>
            p.id === id
              ? {
                  ...p,
                  // A moved post moves at once. A new text shows once saved: put in early, a refusal's rollback
                  // would look like someone else's change to the editor, which would then drop the typing.
                  ...Object.fromEntries(
                    Object.entries(change).filter(([k, v]) => k !== "version" && k !== "body" && v !== undefined),
                  ),
                }
              : p,
          ),
        });
      }
      return { previous };
    },
    onError: (_err, _vars, ctx) => ctx?.previous && qc.setQueryData(key, ctx.previous),
    // While another change of this tab waits its turn, the calendar keeps showing it (a post moved twice stays
    // where the second move put it): the server's answer and a fresh read come after the last one.
    onSuccess: (post) => {
      if (qc.isMutating({ mutationKey: ["update-post", brand] }) > 1) return;
      qc.setQueryData<PostsResponse>(key, (d) =>
        d ? { ...d, posts: d.posts.map((p) => (p.id === post.id ? post : p)) } : d,
      );
    },
    onSettled: () =>
      qc.isMutating({ mutationKey: ["update-post", brand] }) > 1
        ? undefined
        : qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useRegenerate(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, replace }: { id: string; version: number; replace?: boolean }) =>
      apiFetch<RegeneratedPostResponse>(`/api/posts/${id}/regenerate`, { method: "POST", body: { version, replace } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useSuggestion(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, action }: { id: string; version: number; action: "accept" | "dismiss" }) =>
      apiFetch<SuggestionResponse>(`/api/posts/${id}/suggestion`, { method: "POST", body: { action, version } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useApprove(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApproveInput) => apiFetch<ApprovedResponse>("/api/strategy/approve", { method: "POST", body }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useGenerate(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: GenerateStrategyInput) =>
      apiFetch<GeneratedStrategyResponse>("/api/strategy/generate", {
        method: "POST",
        body,
      }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: cardProgressKey(brand) });
      return qc.invalidateQueries({ queryKey: ["posts", brand] });
    },
  });
}

/** A post's versions a page at a time, newest first: a much-edited post keeps every one reachable. */
export function useVersions(id: string, version: number) {
  return usePages<PostVersionsResponse>(["versions", id, version], `/api/posts/${id}/versions`);
}

export function useRestore(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: RestoreVersionInput & { id: string }) =>
      apiFetch<RestoredVersionResponse>(`/api/posts/${id}/restore`, {
        method: "POST",
        body,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useUndo(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change_id: string) => apiFetch<UndoneResponse>("/api/undo", { method: "POST", body: { change_id } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useRegeneratePreview(brand: string, start: string, days: number, enabled: boolean) {
  return useQuery({
    queryKey: ["regenerate-preview", brand, start, days],
    queryFn: () =>
      apiFetch<RegeneratePreviewResponse>(
        `/api/strategy/generate/preview?brand=${encodeURIComponent(brand)}&start_date=${start}&duration_days=${days}&skip_past_hours=true`,
      ),
    enabled,
    staleTime: 0,
  });
}

export function useRetryPost(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ date, platform }: { date: string; platform: string }) =>
      apiFetch<RetrySlotResponse>(`/api/orchestrator/retry/${date}/${platform}?brand=${encodeURIComponent(brand)}`, {
        method: "POST",
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

/** The brand's best posting slots per network, learned from its results or from general guidance. */
export function useBestTimes(brand: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ["best-times", brand],
    queryFn: () => apiFetch<BestTimesResponse>(`/api/brands/${encodeURIComponent(brand)}/best-times`),
    staleTime: 10 * 60_000,
  });
}
