import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LOCKED_STATES } from "./find-post";

/** `untouched` (the default) replaces only drafts nobody touched; `all` replaces human work too; a list opts in those posts. */
export type ReplaceChoice = "untouched" | "all" | string[];

type KeptKind = "published" | "approved" | "in_review" | "skipped" | "edited" | "moved" | "commented";
const KEPT_KINDS: KeptKind[] = ["published", "approved", "in_review", "skipped", "edited", "moved", "commented"];
const WORDS: Record<KeptKind, string> = {
  published: "published",
  approved: "approved",
  in_review: "in review",
  skipped: "skipped",
  edited: "edited",
  moved: "moved",
  commented: "commented",
};

type Row = Prisma.PostGetPayload<{ include: { publication: true; _count: { select: { comments: true } } } }>;

/** What a person did to a post, most significant first; null for a draft only the generator has touched. */
export function humanWork(p: Omit<Row, "_count"> & { _count?: Row["_count"] }): KeptKind | null {
  if (p.status === "published" || (p.publication && LOCKED_STATES.includes(p.publication.state))) return "published";
  // A failed post had been approved; it is a person's decision waiting for a retry.
  if (p.status === "approved" || p.status === "failed") return "approved";
  if (p.status === "in_review") return "in_review";
  if (p.status === "skipped") return "skipped";
  if (p.editedByHuman) return "edited";
  // A review thread is a person's work too: replacing the post would take its comments with it. A review
  // decision also touches the post, so comments are named before a bare touch ("moved").
  if ((p._count?.comments ?? 0) > 0) return "commented";
  if (p.humanTouchedAt) return "moved";
  return null;
}

/**
 * Splits a range's live posts into those a regenerate keeps and those it replaces. Published posts are
 * always kept; human work is kept unless the caller opted in to replacing it.
 */
export async function classifyExisting(
  db: Pick<Db, "post">,
  { brandId, from, to, replace }: { brandId: string; from: string; to: string; replace: ReplaceChoice },
) {
  const posts = await db.post.findMany({
    where: {
      brandId,
      archivedAt: null,
      date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
    },
    include: { publication: true, _count: { select: { comments: true } } },
    orderBy: [{ date: "asc" }, { platform: "asc" }],
  });
  const optIn = new Set(Array.isArray(replace) ? replace : []);
  const kept: (Row & { kind: KeptKind })[] = [];
  const replaced: Row[] = [];
  const humanReplaced: (Row & { kind: KeptKind })[] = [];
  for (const p of posts) {
    const kind = humanWork(p);
    if (kind === "published" || (kind && replace !== "all" && !optIn.has(p.id))) kept.push({ ...p, kind });
    else {
      replaced.push(p);
      if (kind) humanReplaced.push({ ...p, kind });
    }
  }
  const keptBy = Object.fromEntries(KEPT_KINDS.map((k) => [k, kept.filter((p) => p.kind === k).length])) as Record<
    KeptKind,
    number
  >;
  return { kept, replaced, humanReplaced, keptBy };
}

/** "21 approved and 1 edited post kept, 71 drafts replaced" */
export function describeRegenerate(
  keptBy: Partial<Record<KeptKind, number>>,
  replaced: number,
  humanReplaced = 0,
): string {
  const kinds = KEPT_KINDS.filter((k) => (keptBy[k] ?? 0) > 0);
  const parts = kinds.map((k) => `${keptBy[k]} ${WORDS[k]}`);
  // The noun agrees with the number next to it: "21 approved and 1 edited post".
  const last = kinds.length ? keptBy[kinds[kinds.length - 1]]! : 0;
  const keptText =
    parts.length === 0
      ? "nothing kept"
      : `${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0]} post${last === 1 ? "" : "s"} kept`;
  const noun = humanReplaced ? "post" : "draft";
  const human = humanReplaced ? ` (${humanReplaced} with a person's work)` : "";
  return `${keptText}, ${replaced} ${noun}${replaced === 1 ? "" : "s"} replaced${human}`;
}
