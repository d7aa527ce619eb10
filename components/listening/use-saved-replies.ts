"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import { usePages } from "@/components/use-pages";
import type { SavedRepliesResponse, SavedReplyResponse } from "@/app/api/saved-replies/route";
import type { SavedReplyInput, SavedReplyPatch } from "@/lib/schemas/listening";

const KEY = ["saved-replies"];
const url = (id: string) => `/api/saved-replies/${encodeURIComponent(id)}`;

export type SavedReply = SavedReplyResponse;

/** The workspace's saved replies by title, a page at a time; the reply box asks for them only once it is opened. */
export function useSavedReplies() {
  const list = usePages<SavedRepliesResponse>(KEY, "/api/saved-replies");
  return { ...list, replies: list.data?.pages.flatMap((p) => p.saved_replies) ?? [] };
}

function useSavedReplyMutation<V>(fn: (v: V) => Promise<SavedReply>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateSavedReply = () =>
  useSavedReplyMutation((body: SavedReplyInput) =>
    apiFetch<SavedReply>("/api/saved-replies", { method: "POST", body }),
  );

export const useUpdateSavedReply = () =>
  useSavedReplyMutation(({ id, ...body }: SavedReplyPatch & { id: string }) =>
    apiFetch<SavedReply>(url(id), { method: "PATCH", body }),
  );

export const useDeleteSavedReply = () =>
  useSavedReplyMutation((id: string) => apiFetch<SavedReply>(url(id), { method: "DELETE" }));

export const useRestoreSavedReply = () =>
  useSavedReplyMutation((id: string) => apiFetch<SavedReply>(`${url(id)}/restore`, { method: "POST" }));
