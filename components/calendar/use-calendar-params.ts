"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { FILTER_NETWORKS, FILTER_STATUSES, type FilterState } from "./filters";

/** The calendar's state in its URL (month, view, open post…), changed a few keys at a time, always for `brand`. */
export function useCalendarParams(brand: string) {
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const setParams = useCallback(
    (values: Record<string, string | null>) => {
      const q = new URLSearchParams(params);
      for (const [key, value] of Object.entries(values)) {
        if (value === null) q.delete(key);
        else q.set(key, value);
      }
      q.set("brand", brand);
      router.push(`${path}?${q}`, { scroll: false });
    },
    [params, path, router, brand],
  );
  return { params, setParams };
}

const FILTER_KEYS = ["network", "pillar", "status"] as const;

/**
 * The filters live in the URL too, so a reload or a shared link shows the same posts. They change no
 * data the server renders, so the URL is replaced in place (Next keeps useSearchParams in step) with no
 * round trip and no history entry per click.
 */
export function useCalendarFilters(params: URLSearchParams): [FilterState, (next: FilterState) => void] {
  const pick = (key: string, allowed?: string[]) => {
    const v = params.get(key);
    return v && (!allowed || allowed.includes(v)) ? v : "all";
  };
  const filters = {
    network: pick("network", FILTER_NETWORKS),
    pillar: pick("pillar"),
    status: pick("status", FILTER_STATUSES),
  };
  const setFilters = (next: FilterState) => {
    const q = new URLSearchParams(window.location.search);
    for (const key of FILTER_KEYS) {
      if (next[key] === "all") q.delete(key);
      else q.set(key, next[key]);
    }
    window.history.replaceState(null, "", `${window.location.pathname}?${q}`);
  };
  return [filters, setFilters];
}

/**
 * Leaving the open post (closing it, Escape, opening another, previewing its day, another month, week or
 * view, a link, a reload) while it holds work not
 * saved yet asks first. The editor reports its state through `onUnsavedChange`.
 */
export function useLeaveGuard(setParams: (next: Record<string, string | null>) => void, question: string) {
  const unsaved = useRef(false);
  const onUnsavedChange = useCallback((u: boolean) => {
    unsaved.current = u;
  }, []);
  // Leaving the page (reload, closing the tab, a link elsewhere) asks too.
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      if (unsaved.current) e.preventDefault();
    };
    const onLink = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!unsaved.current || !link || link.getAttribute("target") === "_blank") return;
      if (window.confirm(question)) unsaved.current = false;
      else {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onUnload);
    document.addEventListener("click", onLink, true);
    return () => {
      window.removeEventListener("beforeunload", onUnload);
      document.removeEventListener("click", onLink, true);
    };
  }, [question]);
  const leavePost = (next: Record<string, string | null>) => {
    if (unsaved.current && !window.confirm(question)) return;
    unsaved.current = false;
    setParams(next);
  };
  return { leavePost, onUnsavedChange };
}
