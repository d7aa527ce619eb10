"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/api-client";
import { usePages } from "@/components/use-pages";

/**
 * An owner's list of things that carry a secret (API tokens, webhook endpoints): the list at `url`, a create
 * that keeps the secret the server answers with only once, and a remove at `url/{id}`. Both refresh the list.
 * A list that grows (tokens: revoked ones stay) comes a page at a time; `list.data.pages` holds those read.
 */
export function useSecretList<List extends object, Created, Input, Removed>({
  key,
  url,
  secretOf,
}: {
  key: string;
  url: string;
  secretOf: (created: Created) => string;
}) {
  const qc = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: [key] });
  const list = usePages<List>([key], url);
  const create = useMutation({
    mutationFn: (body: Input) => apiFetch<Created>(url, { method: "POST", body }),
    onSuccess: (created) => {
      setSecret(secretOf(created));
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch<Removed>(`${url}/${id}`, { method: "DELETE" }),
    onSettled: refresh,
  });
  return { list, create, remove, secret };
}
