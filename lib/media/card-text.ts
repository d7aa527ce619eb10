/** A paragraph that belongs in the post but not on an image: links, hashtags, thread counters. */
function isChrome(paragraph: string): boolean {
  return /https?:\/\//.test(paragraph) || /^(#\S+\s*)+$/.test(paragraph) || /^\d+\/\d+$/.test(paragraph);
}

const clean = (p: string) =>
  p
    // the card's font has no emoji, and they would be blank boxes
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "")
    .replace(/\s+\d+\/\d+$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The card's words, from what the post says now (a person may have rewritten the generated hook): its first
 * paragraph is the hook, the next one that is neither a link, hashtags nor a question is the key line.
 * A thread's later parts are read too, since its first tweet is often only the hook and the link.
 */
export function cardText(post: { hook: string; body: string; parts: string[] }): {
  hook: string;
  keyLine: string | null;
} {
  const paragraphs = [post.body, ...post.parts.slice(1)]
    .flatMap((t) => t.split(/\n\s*\n/))
    .map(clean)
    .filter((p) => p && !isChrome(p));
  const hook = paragraphs[0] ?? clean(post.hook);
  const keyLine = paragraphs.slice(1).find((p) => p !== hook && !p.endsWith("?")) ?? null;
  return { hook, keyLine };
}
