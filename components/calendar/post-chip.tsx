"use client";

import { useDraggablePost } from "./drag-and-drop";
import { useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { PostDto } from "@/lib/plans/post-dto";
import { NETWORK_COLOR, NETWORK_NAME, NetworkIcon } from "./network-meta";
import { chipStatus, STATUS_META } from "./post-status";
import { firstWords } from "@/lib/text/first-words";

export { NETWORK_NAME };

/** A keyboard move: whole days, and in the week view hours too. */
export type Nudge = { days: number; hours: number };

const NUDGE: Record<string, Nudge> = {
  ArrowLeft: { days: -1, hours: 0 },
  ArrowRight: { days: 1, hours: 0 },
  ArrowUp: { days: 0, hours: -1 },
  ArrowDown: { days: 0, hours: 1 },
};

/** The post last moved from the keyboard, while its chip may still be drawn anew in its new day or hour. */
let movedByKey: { id: string; until: number } | null = null;

/** The chip of `id` takes the focus back when it appears in its new place (for the next two seconds). */
export function keepFocusOn(id: string) {
  movedByKey = { id, until: Date.now() + 2000 };
}

export function PostChip({
  post,
  pillarName,
  conflicts = [],
  onOpen,
  onNudge,
  full = false,
}: {
  post: PostDto;
  pillarName: string;
  conflicts?: string[];
  onOpen: () => void;
  /** Alt+arrows: the keyboard's way to move a post; absent when it cannot move */
  onNudge?: (nudge: Nudge) => void;
  /** the list has room for the status word and the conflicts (on a phone every chip does) */
  full?: boolean;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  // In the same commit that removes the old chip: a key pressed next reaches the post, not the page.
  useLayoutEffect(() => {
    if (movedByKey?.id === post.id && Date.now() < movedByKey.until) ref.current?.focus();
  }, [post.id]);
  const locked = post.status === "published" || !onNudge;
  const { onPointerDown, offset } = useDraggablePost(post, locked);
  const status = chipStatus(post);
  const t = useTranslations("status");
  const tc = useTranslations("chip");
  const meta = STATUS_META[status] ?? STATUS_META.draft;
  const name = NETWORK_NAME[post.platform];
  // The name read out is the visible text plus what only the eye gets from color and icons.
  const title = [`${name} ${post.time}`, t(status), pillarName, ...conflicts].join(" · ");

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    const nudge = e.altKey && NUDGE[e.key];
    if (!nudge || !onNudge || locked) return;
    e.preventDefault();
    e.stopPropagation();
    onNudge(nudge);
  }

  return (
    <button
      ref={ref}
      type="button"
      data-testid={`chip-${post.id}`}
      data-status={post.status}
      data-platform={post.platform}
      data-conflict={conflicts.length ? "" : undefined}
      aria-keyshortcuts={locked ? undefined : "Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"}
      title={title}
      onClick={onOpen}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      style={{
        borderLeftColor: NETWORK_COLOR[post.platform],
        ...(offset ? { transform: `translate(${offset.x}px, ${offset.y}px)`, zIndex: 20 } : {}),
      }}
      className={`block w-full rounded border border-l-4 px-1.5 py-0.5 text-left text-xs leading-4 ${meta.style} ${offset ? "opacity-70 shadow-lg" : ""} ${locked ? "cursor-pointer" : "cursor-grab"}`}
    >
      <span className="flex items-center gap-1">
        <NetworkIcon network={post.platform} />
        <span className="sr-only">{name} </span>
        <span className="font-semibold tabular-nums">{post.time}</span>
        <span className="ml-auto flex items-center gap-1 no-underline">
          {conflicts.length ? (
            <span aria-hidden className="font-bold text-amber-800">
              ⚠
            </span>
          ) : null}
          {post.comment_count > 0 ? (
            <>
              <span data-testid="chip-thread" aria-hidden className="flex items-center">
                <svg viewBox="0 0 16 16" className="mr-0.5 h-3 w-3 fill-current">
                  <path d="M2 2h12v9H6l-4 3z" />
                </svg>
                {post.comment_count}
              </span>
              <span className="sr-only">{tc("comments", { count: post.comment_count })}</span>
            </>
          ) : null}
          {post.suggestion ? (
            <span className="text-amber-800">
              ●<span className="sr-only"> {tc("suggestion")}</span>
            </span>
          ) : null}
          <span data-testid="status-icon" className="font-semibold">
            <span aria-hidden>{meta.icon}</span>
            <span className={full ? "" : "sm:sr-only"}> {t(status)}</span>
          </span>
        </span>
      </span>
      <span className={`block [overflow-wrap:anywhere] ${full ? "" : "sm:truncate"}`}>
        {firstWords(post.body, 140)}
      </span>
      {conflicts.length ? (
        <span className={`text-amber-900 ${full ? "block" : "sm:sr-only max-sm:block"}`}>
          ⚠ {tc("conflict", { list: conflicts.join(" · ") })}
        </span>
      ) : null}
    </button>
  );
}
