import type { Network } from "./networks";

// Parsing a URL (host normalisation, punycode) costs more than the rest of a link; a month of posts
// tags the same few CTA URLs again and again, so each is parsed once.
const parsed = new Map<string, { prefix: string; search: string; hash: string }>();

function parse(url: string) {
  let p = parsed.get(url);
  if (!p) {
    const { href, search } = new URL(url);
    // a serialised URL escapes "?" and "#" everywhere but where its query and fragment start
    const end = href.search(/[?#]/);
    const hashAt = href.indexOf("#");
    p = { prefix: end < 0 ? href : href.slice(0, end), search, hash: hashAt < 0 ? "" : href.slice(hashAt) };
    if (parsed.size > 1000) parsed.clear();
    parsed.set(url, p);
  }
  return p;
}

/**
 * Tags a CTA URL for attribution. utm_content is the post id; pure planning code does
 * not know it yet, so it passes a slot key and the persistence layer rebuilds the link.
 * The result is what `URL.searchParams.set` would give.
 */
export function buildCtaLink(url: string, tags: { network: Network; pillar: string; postId: string }): string {
  const { prefix, search, hash } = parse(url);
  const params = new URLSearchParams(search);
  params.set("utm_source", tags.network);
  params.set("utm_medium", "social");
  params.set("utm_campaign", tags.pillar);
  params.set("utm_content", tags.postId);
  return `${prefix}?${params.toString()}${hash}`;
}

export function slotKey(date: string, network: Network): string {
  return `${date}-${network}`;
}
