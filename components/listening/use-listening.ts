"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/components/api-client";
import type { CommentsResponse } from "@/app/api/analytics/comments/[brand]/route";
import type { SentimentResponse } from "@/app/api/analytics/sentiment/[brand]/route";
import type { CompetitorReportResponse } from "@/app/api/analytics/competitors/[brand]/route";
import type { CompetitorsResponse } from "@/app/api/brands/[brand]/competitors/route";
import type { ReplyResponse } from "@/app/api/social-comments/[id]/replies/route";
import type { DeletedReplyResponse, EditedReplyResponse } from "@/app/api/social-comments/[id]/replies/[replyId]/route";
import type { HandledResponse } from "@/app/api/social-comments/[id]/route";
import type { ReplyEditInput, ReplyInput } from "@/lib/schemas/listening";
import type { ConversationRange } from "./conversation-range";

export type HeardComment = CommentsResponse["comments"][number];
export type CompetitorReport = CompetitorReportResponse;

const retry = (count: number, err: Error) => count < 1 && !(err instanceof ApiError && err.status < 500);
const enc = encodeURIComponent;

export interface ConversationFilters extends ConversationRange {
  brand: string;
  platform: string | null;
  sentiment: string | null;
  post: string | null;
  /** only the comments not answered yet */
  unanswered: boolean;
}

/** One page of comments: every page repeats the range, so a cursor never walks out of it. */
export function commentsUrl(f: ConversationFilters, cursor: string | null) {
  const q = new URLSearchParams({ limit: "20" });
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (f.platform) q.set("platform", f.platform);
  if (f.sentiment) q.set("sentiment", f.sentiment);
  if (f.post) q.set("post", f.post);
  if (f.unanswered) q.set("answered", "no");
  if (cursor) q.set("cursor", cursor);
  return `/api/analytics/comments/${enc(f.brand)}?${q}`;
}

/** `enabled: false` while the range is one the API would refuse: the page says why instead of asking. */
export function useComments(f: ConversationFilters, { enabled = true } = {}) {
  return useInfiniteQuery({
    // The range is part of the key, so another range starts again from its first page.
    queryKey: ["listening", "comments", f.brand, f.from, f.to, f.platform, f.sentiment, f.post, f.unanswered],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => apiFetch<CommentsResponse>(commentsUrl(f, pageParam)),
    getNextPageParam: (last) => last.next_cursor,
    retry,
    enabled,
  });
}

/** The brand's days and network whose sentiment is counted. */
export interface SentimentScope {
  brand: string;
  from: string;
  to: string;
  platform: string | null;
}

export function useSentiment(brand: string, from: string, to: string, platform: string | null) {
  const q = new URLSearchParams({ from, to });
  if (platform) q.set("platform", platform);
  return useQuery({
    queryKey: ["listening", "sentiment", brand, from, to, platform],
    queryFn: () => apiFetch<SentimentResponse>(`/api/analytics/sentiment/${enc(brand)}?${q}`),
    retry,
  });
}

export function useCompetitorReport(brand: string) {
  return useQuery({
    queryKey: ["listening", "competitors", brand],
    queryFn: () => apiFetch<CompetitorReportResponse>(`/api/analytics/competitors/${enc(brand)}`),
    retry,
  });
}

export function useCompetitors(brand: string) {
  return useQuery({
    queryKey: ["listening", "followed", brand],
    queryFn: () => apiFetch<CompetitorsResponse>(`/api/brands/${enc(brand)}/competitors`),
    retry,
  });
}

export function useCompetitorChanges(brand: string) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ["listening"] });
  return {
    add: useMutation({
      mutationFn: (body: { platform: string; handle: string }) =>
        apiFetch(`/api/brands/${enc(brand)}/competitors`, { method: "POST", body }),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiFetch(`/api/brands/${enc(brand)}/competitors/${enc(id)}`, { method: "DELETE" }),
      onSuccess: done,
    }),
  };
}

/**
 * Sends a reply (or sends it again under the same key, which never posts twice), then refreshes the
 * conversation so the reply shows under its comment with what the network answered.
 */
export function useReply(commentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplyInput) =>
      apiFetch<ReplyResponse>(`/api/social-comments/${enc(commentId)}/replies`, { method: "POST", body }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["listening", "comments"] }),
  });
}

export function useMarkHandled(commentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (handled: boolean) =>
      apiFetch<HandledResponse>(`/api/social-comments/${enc(commentId)}`, { method: "PATCH", body: { handled } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["listening", "comments"] }),
  });
}

export function useDeleteReply(commentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (replyId: string) =>
      apiFetch<DeletedReplyResponse>(`/api/social-comments/${enc(commentId)}/replies/${enc(replyId)}`, {
        method: "DELETE",
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["listening", "comments"] }),
  });
}

export function useEditReply(commentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ replyId, ...body }: ReplyEditInput & { replyId: string }) =>
      apiFetch<EditedReplyResponse>(`/api/social-comments/${enc(commentId)}/replies/${enc(replyId)}`, {
        method: "PATCH",
        body,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["listening", "comments"] }),
  });
}
