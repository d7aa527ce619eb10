import Parser from "rss-parser";

export interface FeedItem {
  key: string;
  title: string;
  url: string | null;
  summary: string;
  publishedAt: Date | null;
}

type Extra = { id?: string; description?: string };
const parser = new Parser<Record<string, unknown>, Extra>({ customFields: { item: ["id", "description"] } });

const plain = (v: unknown): string =>
  typeof v === "string"
    ? v
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : "";

const date = (v: string | undefined) => {
  const d = v ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

/** RSS 2.0, RSS 1.0 (RDF) and Atom items, normalised; the key (guid, id or link) makes each item usable once. */
export async function parseFeed(xml: string): Promise<FeedItem[]> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    throw new Error(`Not an RSS or Atom feed (${err instanceof Error ? err.message : String(err)})`);
  }
  return feed.items.map((it) => {
    const url = it.link?.trim() || null;
    const title = plain(it.title);
    return {
      key: plain(it.guid) || plain(it.id) || url || title,
      title,
      url,
      summary: plain(it.contentSnippet) || plain(it.summary) || plain(it.content) || plain(it.description),
      publishedAt: date(it.isoDate ?? it.pubDate),
    };
  });
}

const STOP = new Set([
  "the",
  "and",
  "for",
  "with",
  "your",
  "from",
  "that",
  "this",
  "les",
  "des",
  "pour",
  "avec",
  "vos",
  "une",
  "dans",
]);

/** Terms worth matching: the brand's keywords as phrases, plus the distinctive words of its value propositions. */
export function matchTerms(keywords: string[], valueProps: string[]): string[] {
  const words = valueProps
    .flatMap((v) => v.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 5 && !STOP.has(w));
  return [...new Set([...keywords.map((k) => k.toLowerCase().trim()).filter(Boolean), ...words])];
}

export function matchItem(item: FeedItem, terms: string[]): string[] {
  const hay = `${item.title} ${item.summary}`.toLowerCase();
  return terms.filter((t) => hay.includes(t));
}
