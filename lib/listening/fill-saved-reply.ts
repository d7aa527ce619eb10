/**
 * A saved reply made for one commenter: `{name}` becomes their first name. Without a name, it is dropped
 * along with the space before it ("Thanks {name}!" reads "Thanks!"), or, opening the text, the comma after it.
 */
export function fillSavedReply(text: string, authorName: string | null | undefined): string {
  const first = firstName(authorName);
  return first ? text.replaceAll("{name}", first) : text.replace(/^\{name\},?[ \u00a0]*|[ \u00a0]?\{name\}/g, "");
}

/** The other way: a reply written for one commenter, kept for everyone, has `{name}` where their first name was. */
export function generalizeReply(text: string, authorName: string | null | undefined): string {
  const first = firstName(authorName);
  if (!first) return text;
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"), "{name}");
}

/** The first word of a commenter's name, or "" when there is none. */
export function firstName(authorName: string | null | undefined): string {
  return authorName?.trim().split(/\s+/)[0] ?? "";
}
