import type { Brand } from "@/lib/generated/prisma/client";
import { buildCtaLink } from "@/lib/strategy/build-cta-link";
import type { Network } from "@/lib/strategy/networks";
import { ctaTargetsOf } from "@/lib/brands/brand-columns";

/**
 * Planning tags a post's CTA link with a slot key; once the post has its id, the link (and its
 * copy inside the body) is rebuilt for it, from the brand's CTA target, its first target, or its website (or dropped if it has none).
 */
export function tagPostLink(
  brand: Pick<Brand, "ctaTargets" | "website">,
  post: { link?: string | null; body: string; ctaTarget: string; network: Network; pillar: string },
  postId: string,
): { link: string | null; body: string } {
  if (!post.link) return { link: null, body: post.body };
  const targets = ctaTargetsOf(brand);
  const url = targets.find((t) => t.key === post.ctaTarget)?.url ?? targets[0]?.url ?? brand.website;
  if (!url) return { link: null, body: post.body.split(post.link).join("").trim() };
  const link = buildCtaLink(url, { network: post.network, pillar: post.pillar, postId });
  return { link, body: post.body.split(post.link).join(link) };
}
