"use client";

import { useTranslations } from "next-intl";
import type * as DndKit from "@dnd-kit/core";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

type DndModule = typeof DndKit;

const DndApi = createContext<DndModule | null>(null);

/**
 * dnd-kit (about 13 kB gzip) loads once the month is on screen rather than before it: the chips are
 * plain buttons until then. Returns null until it has arrived.
 */
export function useDndKit(): DndModule | null {
  const [api, setApi] = useState<DndModule | null>(null);
  useEffect(() => {
    let live = true;
    void import("@dnd-kit/core").then((m) => live && setApi(m));
    return () => {
      live = false;
    };
  }, []);
  return api;
}

/**
 * Drag and drop around the views once dnd-kit is there. Its arrival swaps the element tree, so the views
 * mount again with the real hooks: a component never switches between the stand-ins and dnd-kit's.
 */
export function LazyDnd({
  api,
  onDragEnd,
  children,
}: {
  api: DndModule | null;
  onDragEnd: (e: DndKit.DragEndEvent) => void;
  children: ReactNode;
}) {
  if (!api) return <DndApi.Provider value={null}>{children}</DndApi.Provider>;
  return (
    <Loaded api={api} onDragEnd={onDragEnd}>
      {children}
    </Loaded>
  );
}

function Loaded({
  api,
  onDragEnd,
  children,
}: {
  api: DndModule;
  onDragEnd: (e: DndKit.DragEndEvent) => void;
  children: ReactNode;
}) {
  const t = useTranslations("calendar");
  // No keyboard sensor: Enter opens a post, and Alt+arrows move it (useMovePost), announced in the chip's name.
  const sensors = api.useSensors(api.useSensor(api.PointerSensor, { activationConstraint: { distance: 5 } }));
  return (
    <DndApi.Provider value={api}>
      <api.DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{ screenReaderInstructions: { draggable: t("dragInstructions") } }}
      >
        {children}
      </api.DndContext>
    </DndApi.Provider>
  );
}

const STILL_DRAG = { listeners: undefined, setNodeRef: () => {}, transform: null, isDragging: false };
const STILL_DROP = { setNodeRef: () => {}, isOver: false };

// The context never changes under a mounted component (see LazyDnd), so each one always calls the same hooks.
export function useLazyDraggable(args: DndKit.UseDraggableArguments) {
  const api = useContext(DndApi);
  return api ? api.useDraggable(args) : STILL_DRAG;
}

export function useLazyDroppable(args: DndKit.UseDroppableArguments) {
  const api = useContext(DndApi);
  return api ? api.useDroppable(args) : STILL_DROP;
}
