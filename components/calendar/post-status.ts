import type { PostDto } from "@/lib/plans/post-dto";

/**
 * A post's status as people read it, with an icon and a word so it never depends on color alone. A missed or
 * failed publication shows over the post's own "approved".
 */
export const STATUS_META: Record<string, { icon: string; style: string }> = {
  draft: { icon: "✎", style: "border-dashed border-slate-400 bg-white text-slate-800" },
  in_review: { icon: "◔", style: "border-amber-400 bg-amber-50 text-amber-950" },
  approved: { icon: "✓", style: "border-blue-400 bg-blue-50 text-blue-950" },
  skipped: { icon: "⊘", style: "border-slate-300 bg-slate-100 text-slate-600 line-through" },
  published: { icon: "●", style: "border-emerald-500 bg-emerald-50 text-emerald-950" },
  failed: { icon: "✕", style: "border-rose-500 bg-rose-50 text-rose-950" },
  missed: { icon: "!", style: "border-rose-400 bg-rose-50 text-rose-950" },
};

export const STATUS_ORDER = ["draft", "in_review", "approved", "published", "failed", "missed", "skipped"];

export function chipStatus(p: Pick<PostDto, "status" | "publication">): string {
  if (p.publication?.state === "missed") return "missed";
  if (p.publication?.state === "failed" && p.status !== "published") return "failed";
  return p.status;
}
