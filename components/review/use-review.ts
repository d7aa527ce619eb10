"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { CommentDto } from "@/lib/comments/comment-dto";
import type { PostDto } from "@/lib/plans/post-dto";
import type { SubmitInput } from "@/lib/schemas/review";

export function useSubmit(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitInput) =>
      apiFetch<{ submitted: number; change_id: string }>("/api/strategy/submit", { method: "POST", body }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useReviewDecision(brand: string, postId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { decision: "approve" | "request_changes"; comment?: string; version: number }) =>
      apiFetch<PostDto & { change_id: string }>(`/api/posts/${postId}/review`, { method: "POST", body }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: ["posts", brand] });
      qc.invalidateQueries({ queryKey: ["comments", postId] });
    },
  });
}

export function useComments(postId: string) {
  return useQuery({
    queryKey: ["comments", postId],
    queryFn: () => apiFetch<{ comments: CommentDto[] }>(`/api/posts/${postId}/comments`),
  });
}

export function useAddComment(brand: string, postId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiFetch<CommentDto>(`/api/posts/${postId}/comments`, { method: "POST", body: { body } }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: ["comments", postId] });
      qc.invalidateQueries({ queryKey: ["posts", brand] });
    },
  });
}
