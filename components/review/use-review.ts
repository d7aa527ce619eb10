"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { SubmittedResponse } from "@/app/api/strategy/submit/route";
import type { ReviewedPostResponse } from "@/app/api/posts/[id]/review/route";
import type { AddedCommentResponse, CommentsResponse } from "@/app/api/posts/[id]/comments/route";
import type { SubmitInput } from "@/lib/schemas/review";

export function useSubmit(brand: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitInput) => apiFetch<SubmittedResponse>("/api/strategy/submit", { method: "POST", body }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["posts", brand] }),
  });
}

export function useReviewDecision(brand: string, postId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { decision: "approve" | "request_changes"; comment?: string; version: number }) =>
      apiFetch<ReviewedPostResponse>(`/api/posts/${postId}/review`, { method: "POST", body }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: ["posts", brand] });
      qc.invalidateQueries({ queryKey: ["comments", postId] });
    },
  });
}

/** The thread's newest page first; `fetchNextPage` reaches back to older comments. */
export function useComments(postId: string) {
  return useInfiniteQuery({
    queryKey: ["comments", postId],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      apiFetch<CommentsResponse>(
        `/api/posts/${postId}/comments${pageParam ? `?before=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    getNextPageParam: (page) => page.older_cursor,
  });
}

export function useAddComment(brand: string, postId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiFetch<AddedCommentResponse>(`/api/posts/${postId}/comments`, { method: "POST", body: { body } }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: ["comments", postId] });
      qc.invalidateQueries({ queryKey: ["posts", brand] });
    },
  });
}
