"use client";

import { useInfiniteQuery, type QueryKey } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { PageQuery } from "@/lib/schemas/page";

/** One page of a list at `url` (which may already carry its own query): the API's `?cursor=&limit=`. */
export function pageUrl(url: string, page: Partial<PageQuery>) {
  const [path, query] = url.split("?");
  const q = new URLSearchParams(query);
  if (page.cursor) q.set("cursor", page.cursor);
  if (page.limit) q.set("limit", String(page.limit));
  const s = q.toString();
  return s ? `${path}?${s}` : path!;
}

/**
 * A list the API answers a page at a time: the pages read so far, and `fetchNextPage` for the
 * next while `hasNextPage`. Invalidating `key` reloads every page shown, so a change shows where it is.
 */
export function usePages<Page extends object>(key: QueryKey, url: string) {
  return useInfiniteQuery({
    queryKey: key,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => apiFetch<Page>(pageUrl(url, { cursor: pageParam ?? undefined })),
    // a list that is not paged (no `next_cursor`) is one page
    getNextPageParam: (last) =>
      "next_cursor" in last && typeof last.next_cursor === "string" ? last.next_cursor : undefined,
  });
}
