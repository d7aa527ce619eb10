"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { SavedRepliesResponse, SavedReplyResponse } from "@/app/api/saved-replies/route";
import type { SavedReplyInput, SavedReplyPatch } from "@/lib/schemas/listening";

const KEY = ["saved-replies"];
const url = (id: string) => `/api/saved-replies/${encodeURIComponent(id)}`;

export type SavedReply = SavedReplyResponse;

/** The workspace's saved replies; the reply box asks for them only once it is opened. */
export function useSavedReplies() {
  return useQuery({ queryKey: KEY, queryFn: () => apiFetch<SavedRepliesResponse>("/api/saved-replies") });
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
