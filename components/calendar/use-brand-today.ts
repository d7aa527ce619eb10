"use client";

import { useCallback, useSyncExternalStore } from "react";
import { brandToday, nextBrandDay } from "@/lib/dates/zoned";

/**
 * The brand's today, moving on at its local midnight while the tab stays open: what is past, what can still
 * be moved and approved change with it. One timer to the next midnight, not a poll; a timer can wake late
 * (a sleeping laptop), so the day is read again when the tab is shown. It never goes back before the day the
 * server drew the page for, should this computer's clock be behind.
 */
export function useBrandToday(serverToday: string, timeZone: string): string {
  const subscribe = useCallback((onChange: () => void) => watchMidnight(timeZone, onChange), [timeZone]);
  const clientToday = useSyncExternalStore(
    subscribe,
    () => brandToday(new Date(), timeZone),
    () => serverToday,
  );
  return clientToday > serverToday ? clientToday : serverToday;
}

function watchMidnight(timeZone: string, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    const now = new Date();
    // woken a little early, the day reads the same and the next wait is that little bit
    timer = setTimeout(
      () => {
        onChange();
        schedule();
      },
      Math.max(0, nextBrandDay(now, timeZone).getTime() - now.getTime()),
    );
  };
  const onShown = () => {
    if (document.visibilityState !== "visible") return;
    clearTimeout(timer);
    onChange();
    schedule();
  };
  schedule();
  document.addEventListener("visibilitychange", onShown);
  return () => {
    clearTimeout(timer);
    document.removeEventListener("visibilitychange", onShown);
  };
}
