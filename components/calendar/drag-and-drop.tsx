"use client";

import { noSubscription } from "@/components/ui/no-subscription";
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
  type RefObject,
} from "react";
import type { PostDto } from "@/lib/plans/post-dto";
import { startDrag } from "./pointer-drag";

/** A drop target's id: a day "YYYY-MM-DD", or a week slot "YYYY-MM-DDTHH". */
export type OnDrop = (post: PostDto, target: string) => void;

type Area = {
  drop: RefObject<OnDrop>;
  over: () => string | null;
  setOver: (id: string | null) => void;
  subscribe: (listener: () => void) => () => void;
};

const DragArea = createContext<Area | null>(null);

function createArea(drop: RefObject<OnDrop>): Area {
  let over: string | null = null;
  const listeners = new Set<() => void>();
  return {
    drop,
    over: () => over,
    setOver(id) {
      if (id === over) return;
      over = id;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Dragging posts between days (month) or hours (week): a few pointer listeners of our own rather than a
 * drag-and-drop library, so the chips can be dragged as soon as the page is interactive and the first load
 * carries no library for it.
 */
export function DragAndDrop({ onDrop, children }: { onDrop: OnDrop; children: ReactNode }) {
  const drop = useRef(onDrop);
  useEffect(() => {
    drop.current = onDrop;
  });
  const [area] = useState(() => createArea(drop));
  return <DragArea.Provider value={area}>{children}</DragArea.Provider>;
}

/** Whether a post is being dragged over the target `id` (an element carrying `data-drop={id}`). */
export function useDropTarget(id: string): boolean {
  const area = useContext(DragArea);
  return useSyncExternalStore(
    area?.subscribe ?? noSubscription,
    () => area?.over() === id,
    () => false,
  );
}

/** A draggable post: past 5 px the chip follows the pointer, and letting go over a target drops it there. */
export function useDraggablePost(post: PostDto, disabled: boolean) {
  const area = useContext(DragArea);
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  // Dropped as it is then: the post may have been refreshed while it was dragged.
  const latest = useRef(post);
  useEffect(() => {
    latest.current = post;
  });
  useEffect(() => () => cancel.current?.(), []);

  function onPointerDown(e: ReactPointerEvent<HTMLElement>) {
    if (!area || !e.isPrimary || e.button !== 0) return;
    cancel.current?.();
    cancel.current = startDrag(e.nativeEvent, e.currentTarget, {
      onMove: (at, over) => {
        setOffset(at);
        area.setOver(over);
      },
      onEnd: (over) => {
        cancel.current = null;
        setOffset(null);
        area.setOver(null);
        if (over) area.drop.current(latest.current, over);
      },
    });
  }

  return { onPointerDown: disabled ? undefined : onPointerDown, offset };
}
