import { XMLParser } from "fast-xml-parser";

export interface FeedItem {
  key: string;
  title: string;
  url: string | null;
  summary: string;
  publishedAt: Date | null;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text" });

const text = (v: unknown): string => {
  if (v === undefined || v === null) return "";
  if (typeof v === "object") return text((v as Record<string, unknown>)["#text"]);
  return String(v)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
};
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const date = (v: unknown) => {
  const d = new Date(text(v));
  return Number.isNaN(d.getTime()) ? null : d;
};

/** RSS 2.0 and Atom 1.0 items, normalised; the key (guid, id or link) makes each item usable once. */
export function parseFeed(xml: string): FeedItem[] {
  const doc = parser.parse(xml) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (doc.rss?.channel) {
    return list(doc.rss.channel.item).map((it: Record<string, unknown>) => {
      const url = text(it.link) || null;
      return {
        key: text(it.guid) || url || text(it.title),
        title: text(it.title),
        url,
        summary: text(it.description),
        publishedAt: date(it.pubDate),
      };
    });
  }
  if (doc.feed) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return list(doc.feed.entry).map((it: Record<string, any>) => {
      const links = list(it.link) as Record<string, string>[];
      const url = (links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0])?.["@href"] ?? null;
      return {
        key: text(it.id) || url || text(it.title),
        title: text(it.title),
        url,
        summary: text(it.summary ?? it.content),
        publishedAt: date(it.updated ?? it.published),
      };
    });
  }
  throw new Error("Not an RSS or Atom feed");
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
