import type { RemotePost } from "./publisher";

const URL_RE = /\bhttps?:\/\/[^\s]+/gi;
const PREFIX_MIN = 100;

/**
 * Text as both sides can agree on it: LinkedIn returns its escaped commentary, X rewrites links to
 * t.co and HTML-escapes & < >, and any network may reflow whitespace. So: NFC, drop backslash
 * escapes, decode those three entities, replace every URL by one placeholder, collapse whitespace.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\\([\\<>#~_|[\]*(){}@])/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(URL_RE, "<url>")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Finds the post we sent among the network's recent posts. Only an exact match of the normalised
 * text counts, plus a remote text the network visibly truncated ("…") whose first ≥100 characters
 * match: a looser prefix match could take yesterday's post with the same hook for today's, and a
 * false match means a post is marked published that never went out. `replyTo` (an X reply's parent, or
 * null for a top-level post) rules out the same text elsewhere in the account's timeline.
 */
export function matchRemotePost(posts: RemotePost[], text: string, replyTo?: string | null): RemotePost | null {
  const want = normalizeForMatch(text);
  if (!want) return null;
  // Where the network says what a post replies to, a thread part matches only inside its own thread.
  const placed = posts.filter((p) => replyTo === undefined || p.replyTo === undefined || p.replyTo === replyTo);
  const newestFirst = placed.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  const exact = newestFirst.find((p) => normalizeForMatch(p.text) === want);
  if (exact) return exact;
  return (
    newestFirst.find((p) => {
      const got = normalizeForMatch(p.text);
      const m = /(…|\.\.\.)$/.exec(got);
      if (!m) return false;
      const head = got.slice(0, -m[0].length).trimEnd();
      return head.length >= PREFIX_MIN && want.startsWith(head);
    }) ?? null
  );
}
