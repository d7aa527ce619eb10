import { describe, expect, it } from "vitest";
import { matchItem, matchTerms, parseFeed } from "@/lib/analytics/signals/parse-feed";

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Product analytics goes mainstream</title><link>https://news.example/a</link><guid>a-1</guid><description>&lt;p&gt;Dashboards everywhere&lt;/p&gt;</description><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Cooking tips</title><link>https://news.example/b</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><id>tag:blog,2026:1</id><title>Privacy-first dashboards</title><link rel="alternate" href="https://blog.example/1"/><updated>2026-11-22T10:00:00Z</updated><summary>Keep data in your cloud</summary></entry>
</feed>`;

describe("parseFeed", () => {
  it("reads RSS 2.0 items", () => {
    const items = parseFeed(RSS);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      key: "a-1",
      title: "Product analytics goes mainstream",
      url: "https://news.example/a",
      summary: "Dashboards everywhere",
    });
    expect(items[1].key).toBe("https://news.example/b");
  });

  it("reads Atom entries", () => {
    const [item] = parseFeed(ATOM);
    expect(item).toMatchObject({
      key: "tag:blog,2026:1",
      url: "https://blog.example/1",
      title: "Privacy-first dashboards",
    });
    expect(item.publishedAt?.toISOString()).toBe("2026-11-22T10:00:00.000Z");
  });

  it("rejects what is not a feed", () => {
    expect(() => parseFeed("<html><body>hi</body></html>")).toThrow(/RSS or Atom/);
  });

  it("matches items on keywords and value-prop words", () => {
    const terms = matchTerms(["analytics"], ["Dashboards in minutes"]);
    const [a, b] = parseFeed(RSS);
    expect(matchItem(a, terms)).toEqual(expect.arrayContaining(["analytics", "dashboards"]));
    expect(matchItem(b, terms)).toEqual([]);
  });
});
