import type { Brand, Post, Signal } from "@/lib/generated/prisma/client";
import type { PublishPayload } from "@/lib/networks/publisher";
import { utcDay } from "@/lib/dates/days";

/** Everything a publisher may see, built only from stored, approved rows: no request text reaches a network. */
interface DailyContentPackage {
  post: {
    id: string;
    platform: string;
    date: string;
    pillar: string;
    format: string;
    hashtags: string[];
    contentHash: string;
  };
  payload: PublishPayload;
  brand: { id: string; slug: string; name: string; timezone: string; language: string };
  signals: { id: string; kind: string; title: string; url: string | null }[];
}

export type ContentPost = Pick<
  Post,
  "id" | "platform" | "date" | "pillar" | "format" | "hashtags" | "contentHash" | "body" | "link"
>;
export type ContentBrand = Pick<Brand, "id" | "slug" | "name" | "timezone" | "language">;

export function buildContentPackage(
  post: ContentPost,
  brand: ContentBrand,
  signals: Signal[] = [],
): DailyContentPackage {
  if (post.platform === "sandbox") throw new Error("A post always targets a real network");
  return {
    post: {
      id: post.id,
      platform: post.platform,
      date: utcDay(post.date),
      pillar: post.pillar,
      format: post.format,
      hashtags: post.hashtags,
      contentHash: post.contentHash,
    },
    // Facebook renders a link preview from the separate `link` field; the other networks take it inline.
    payload: { network: post.platform, text: post.body, link: post.platform === "facebook" ? post.link : null },
    brand: { id: brand.id, slug: brand.slug, name: brand.name, timezone: brand.timezone, language: brand.language },
    signals: signals.map((s) => ({ id: s.id, kind: s.kind, title: s.title, url: s.url })),
  };
}
