import { describe, expect, it } from "vitest";
import { matchItem, matchTerms, parseFeed } from "@/lib/analytics/signals/parse-feed";

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Product analytics goes mainstream</title><link>https://news.example/a</link><guid>a-1</guid><description>&lt;p&gt;Dashboards everywhere&lt;/p&gt;</description><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Cooking tips</title><link>https://news.example/b</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><id>tag:blog,2026:1</id><title>Privacy-first dashboards</title><link rel="alternate" href="https://blog.example/1"/><updated>2026-11-22T10:00:00Z</updated><summary>Keep data in your cloud</summary></entry>
</feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF news</title><link>https://rdf.example/</link><description>x</description></channel>
<item rdf:about="https://rdf.example/1"><title>Analytics in RDF</title><link>https://rdf.example/1</link><description>Old but &lt;b&gt;gold&lt;/b&gt;</description><dc:date>2026-11-20T09:00:00Z</dc:date></item>
</rdf:RDF>`;

describe("parseFeed", () => {
  it("reads RSS 2.0 items", async () => {
    const items = await parseFeed(RSS);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      key: "a-1",
      title: "Product analytics goes mainstream",
      url: "https://news.example/a",
      summary: "Dashboards everywhere",
    });
    expect(items[0].publishedAt?.toISOString()).toBe("2026-11-23T08:00:00.000Z");
    expect(items[1].key).toBe("https://news.example/b");
  });

  it("reads RSS 1.0 (RDF) items", async () => {
    const [item] = await parseFeed(RDF);
    expect(item).toMatchObject({
      key: "https://rdf.example/1",
      title: "Analytics in RDF",
      url: "https://rdf.example/1",
      summary: "Old but gold",
    });
  });

  it("reads Atom entries", async () => {
    const [item] = await parseFeed(ATOM);
    expect(item).toMatchObject({
      key: "tag:blog,2026:1",
      url: "https://blog.example/1",
      title: "Privacy-first dashboards",
    });
    expect(item.publishedAt?.toISOString()).toBe("2026-11-22T10:00:00.000Z");
  });

  it("rejects what is not a feed", async () => {
    await expect(parseFeed("<html><body>hi</body></html>")).rejects.toThrow(/RSS or Atom/);
  });

  it("matches items on keywords and value-prop words", async () => {
    const terms = matchTerms(["analytics"], ["Dashboards in minutes"]);
    const [a, b] = await parseFeed(RSS);
    expect(matchItem(a, terms)).toEqual(expect.arrayContaining(["analytics", "dashboards"]));
    expect(matchItem(b, terms)).toEqual([]);
  });
});
