"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { PostDto } from "@/lib/plans/post-dto";
import type { ConnectionDto } from "@/lib/connections/connection-dto";
import type { ApproveInput, GenerateStrategyInput, UpdatePostInput } from "@/lib/schemas/strategy";

export interface Pillar {
  key: string;
  name: string;
  description: string;
}
type PostsData = { posts: PostDto[]; pillars: Pillar[] };

export function usePosts(brand: string, from: string, to: string) {
  return useQuery({
    queryKey: ["posts", brand, from, to],
    queryFn: () => apiFetch<PostsData>(`/api/brands/${encodeURIComponent(brand)}/posts?from=${from}&to=${to}`),
  });
}

/** The brand's connected accounts, so previews show who will really post. */
export function useConnections(brand: string) {
  return useQuery({
    queryKey: ["connections", brand],
    queryFn: () => apiFetch<{ connections: ConnectionDto[] }>(`/api/brands/${encodeURIComponent(brand)}/connections`),
  });
}

/** Optimistic: the calendar moves at once and snaps back with the server's message if the change is refused. */
export function useUpdatePost(brand: string, from: string, to: string) {
  const qc = useQueryClient();
  const key = ["posts", brand, from, to];
  return useMutation({
    mutationFn: ({ id, ...body }: UpdatePostInput & { id: string }) =>
      apiFetch<PostDto>(`/api/posts/${id}`, { method: "PATCH", body }),
    onMutate: async ({ id, ...change }) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<PostsData>(key);
      if (previous) {
        qc.setQueryData<PostsData>(key, {
          ...previous,
          posts: previous.posts.map((p) =>
            p.id === id
              ? {
                  ...p,
                  ...Object.fromEntries(Object.entries(change).filter(([k, v]) => k !== "version" && v !== undefined)),
                }
              : p,
          ),
        });
      }
      return { previous };
    },
    onError: (_err, _vars, ctx) => ctx?.previous && qc.setQueryData(key, ctx.previous),
    onSuccess: (post) =>
      qc.setQueryData<PostsData>(key, (d) =>
        d ? { ...d, posts: d.posts.map((p) => (p.id === post.id ? post : p)) } : d,
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useRegenerate(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiFetch<PostDto>(`/api/posts/${id}/regenerate`, { method: "POST", body: { version } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useSuggestion(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, action }: { id: string; version: number; action: "accept" | "dismiss" }) =>
      apiFetch<PostDto>(`/api/posts/${id}/suggestion`, { method: "POST", body: { action, version } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useApprove(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApproveInput) =>
      apiFetch<{ approved: number }>("/api/strategy/approve", { method: "POST", body }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useGenerate(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: GenerateStrategyInput) =>
      apiFetch<{ posts: PostDto[] }>("/api/strategy/generate", { method: "POST", body }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}
