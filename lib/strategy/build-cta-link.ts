import type { Network } from "./networks";

/**
 * Tags a CTA URL for attribution. utm_content is the post id; pure planning code does
 * not know it yet, so it passes a slot key and the persistence layer rebuilds the link.
 */
export function buildCtaLink(url: string, tags: { network: Network; pillar: string; postId: string }): string {
  const u = new URL(url);
  u.searchParams.set("utm_source", tags.network);
  u.searchParams.set("utm_medium", "social");
  u.searchParams.set("utm_campaign", tags.pillar);
  u.searchParams.set("utm_content", tags.postId);
  return u.toString();
}

export function slotKey(date: string, network: Network): string {
  return `${date}-${network}`;
}
