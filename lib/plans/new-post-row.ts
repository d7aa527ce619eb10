import { contentHash } from "@/lib/strategy/content-hash";
import type { WrittenPost } from "@/lib/strategy/generate-plan-with-writer";
import type { PlannedPost } from "@/lib/strategy/types";
import type { NewPost } from "./insert-posts";

/** The Post row of a planned post; `text` is its body and link once the link is tagged for the row's id. */
export function newPostRow(
  p: PlannedPost & Partial<Pick<WrittenPost, "writer" | "writerNote">>,
  ids: { id: string; planId: string; brandId: string },
  text: { body: string; link: string | null },
): NewPost {
  // Fields listed one by one: spreading `ids` first made this the slowest step of writing a thousand months.
  return {
    id: ids.id,
    planId: ids.planId,
    brandId: ids.brandId,
    platform: p.network,
    date: new Date(`${p.date}T00:00:00Z`),
    scheduledAt: new Date(p.scheduledAt),
    pillar: p.pillar,
    angle: p.angle,
    hook: p.hook,
    hookTemplate: p.hookTemplate,
    cta: p.cta,
    ctaTarget: p.ctaTarget,
    format: p.format,
    body: text.body,
    hashtags: p.hashtags,
    // The first tweet carries the link, tagged for this row like the body.
    parts: p.threadParts ? [text.body, ...p.threadParts.slice(1)] : [],
    slides: p.slides ?? [],
    link: text.link,
    contentHash: contentHash(text.body),
    abVariant: p.abVariant ?? null,
    writer: p.writer ?? "template",
    writerNote: p.writerNote ?? null,
  };
}
