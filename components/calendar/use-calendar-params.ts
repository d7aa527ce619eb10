"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useRef } from "react";

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

/**
 * Leaving the open post (closing it, Escape, opening another, previewing its day) while it holds work not
 * saved yet asks first. The editor reports its state through `onUnsavedChange`.
 */
export function useLeaveGuard(setParams: (next: Record<string, string | null>) => void, question: string) {
  const unsaved = useRef(false);
  const onUnsavedChange = useCallback((u: boolean) => {
    unsaved.current = u;
  }, []);
  const leavePost = (next: Record<string, string | null>) => {
    if (unsaved.current && !window.confirm(question)) return;
    unsaved.current = false;
    setParams(next);
  };
  return { leavePost, onUnsavedChange };
}
