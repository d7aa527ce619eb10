"use client";

import { HydrationBoundary, type DehydratedState } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";

/**
 * A page's prefetched queries, handed over as one JSON string. React's own props encoding walks and revives
 * every field of a month's posts (thousands of values) on the server, again for the server render and again
 * in the browser; a string is copied whole and read by the native JSON parser.
 */
export function HydrateQueries({ json, children }: { json: string; children: ReactNode }) {
  const state = useMemo(() => JSON.parse(json) as DehydratedState, [json]);
  return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
}
