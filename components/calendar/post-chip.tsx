"use client";

import { useDraggable } from "@dnd-kit/core";
import type { PostDto } from "@/lib/plans/post-dto";

const NETWORK_ABBR: Record<string, string> = { linkedin: "in", facebook: "fb", x: "X" };
export const NETWORK_NAME: Record<string, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X" };

const STATUS_STYLE: Record<string, string> = {
  draft: "border-slate-300 bg-white text-slate-700",
  in_review: "border-amber-300 bg-amber-50 text-amber-900",
  approved: "border-blue-300 bg-blue-50 text-blue-900",
  skipped: "border-slate-200 bg-slate-100 text-slate-400 line-through",
  published: "border-emerald-300 bg-emerald-50 text-emerald-900",
  failed: "border-rose-300 bg-rose-50 text-rose-900",
};

function chipStatus(p: PostDto): string {
  if (p.publication?.state === "missed") return "failed";
  return p.status;
}

export function PostChip({ post, pillarName, onOpen }: { post: PostDto; pillarName: string; onOpen: () => void }) {
  const locked = post.status === "published";
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: post.id,
    disabled: locked,
    data: { post },
  });
  const status = chipStatus(post);
  return (
    <button
      ref={setNodeRef}
      type="button"
      data-testid={`chip-${post.id}`}
      data-status={post.status}
      data-platform={post.platform}
      title={`${NETWORK_NAME[post.platform]} · ${pillarName} · ${post.status}${post.length > post.limit ? " · too long" : ""}`}
      onClick={onOpen}
      {...listeners}
      {...attributes}
      tabIndex={-1}
      style={transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 20 } : undefined}
      className={`flex w-full items-center gap-1 truncate rounded border px-1.5 py-0.5 text-left text-[11px] leading-4 ${STATUS_STYLE[status] ?? ""} ${isDragging ? "opacity-70 shadow-lg" : ""} ${locked ? "cursor-default" : "cursor-grab"}`}
    >
      <span className="font-bold">{NETWORK_ABBR[post.platform]}</span>
      <span className="truncate">{pillarName}</span>
      {status === "published" ? <span aria-label="published">✓</span> : null}
      {post.comment_count > 0 ? (
        <span
          aria-label={`${post.comment_count} comments`}
          data-testid="chip-thread"
          className="ml-auto text-slate-500"
        >
          <svg aria-hidden viewBox="0 0 16 16" className="mr-0.5 inline h-3 w-3 fill-current">
            <path d="M2 2h12v9H6l-4 3z" />
          </svg>
          {post.comment_count}
        </span>
      ) : null}
      {post.suggestion ? (
        <span aria-label="has a suggestion" className="text-amber-600">
          ●
        </span>
      ) : null}
    </button>
  );
}
