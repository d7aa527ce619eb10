"use client";

import { useTranslations } from "next-intl";

import { useEffect, useRef, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/api-client";
import type { CardProgressResponse } from "@/app/api/brands/[brand]/cards/route";
import { cardProgressKey } from "./card-progress-key";

/**
 * The cards a generated month is still waiting for, rendered in the background: polled while any are left,
 * with the calendar refreshed as they arrive so each post shows its card. The page renders the count with
 * the posts, so cards finished before the first poll still refresh the calendar.
 */
export function CardProgress({ brand }: { brand: string }) {
  const t = useTranslations("cards");
  const qc = useQueryClient();
  const progress = useQuery({
    queryKey: cardProgressKey(brand),
    queryFn: () => apiFetch<CardProgressResponse>(`/api/brands/${encodeURIComponent(brand)}/cards`),
    refetchInterval: (q) => ((q.state.data?.pending ?? 0) > 0 ? 1500 : false),
  });
  const pending = progress.data?.pending ?? 0;
  const [total, setTotal] = useState(0);
  const last = useRef(pending);
  useEffect(() => {
    if (pending !== last.current) void qc.invalidateQueries({ queryKey: ["posts", brand] });
    last.current = pending;
    setTotal((t) => (pending === 0 ? 0 : Math.max(t, pending)));
  }, [pending, brand, qc]);
  if (pending === 0) return null;
  const done = total - pending;
  return (
    <div data-testid="card-progress" role="status" className="flex items-center gap-2 text-sm text-slate-700">
      <progress max={total} value={done} className="h-2 w-32" aria-label={t("made")} />
      {t("progress", { done, total })}
    </div>
  );
}
