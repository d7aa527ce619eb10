import { describe, expect, it } from "vitest";
import { remoteFromUrl } from "@/lib/orchestration/remote-from-url";

const id = (network: "linkedin" | "facebook" | "x", url: string, page: string | null = null) =>
  remoteFromUrl(network, url, page)?.remoteId;

describe("remoteFromUrl", () => {
  it("reads the id from the links each network shows for a post", () => {
    expect(id("x", "https://x.com/acme/status/1790000000000000001")).toBe("1790000000000000001");
    expect(id("x", "https://twitter.com/Acme_HQ/status/42?s=20")).toBe("42");
    expect(id("x", "https://x.com/i/web/status/42")).toBe("42");
    expect(id("linkedin", "https://www.linkedin.com/feed/update/urn:li:share:7001/")).toBe("urn:li:share:7001");
    expect(id("linkedin", "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7002")).toBe(
      "urn:li:ugcPost:7002",
    );
    expect(id("facebook", "https://www.facebook.com/1234_5678")).toBe("1234_5678");
    expect(id("facebook", "https://www.facebook.com/1234/posts/5678/")).toBe("1234_5678");
    expect(id("facebook", "https://m.facebook.com/permalink.php?story_fbid=5678&id=1234")).toBe("1234_5678");
    expect(id("facebook", "https://www.facebook.com/AcmePage/posts/5678", "1234")).toBe("1234_5678");
  });

  it("keeps a post's link that carries no id, where the network has such links", () => {
    expect(remoteFromUrl("facebook", "https://www.facebook.com/AcmePage/posts/pfbid02abcXYZ")).toEqual({
      remoteId: null,
      remoteUrl: "https://www.facebook.com/AcmePage/posts/pfbid02abcXYZ",
    });
    // Without the Page's id, a named Page's numbered link cannot make a Graph id.
    expect(id("facebook", "https://www.facebook.com/AcmePage/posts/5678")).toBeUndefined();
  });

  it("refuses what is not a post's link on that network", () => {
    for (const [network, url] of [
      ["x", "https://www.linkedin.com/feed/update/urn:li:share:1/"],
      ["x", "https://x.com/acme"],
      ["x", "https://evil.example/x.com/acme/status/1"],
      ["x", "https://x.com.evil.example/acme/status/1"],
      ["x", "http://x.com/acme/status/1"],
      ["linkedin", "https://www.linkedin.com/in/someone/"],
      ["linkedin", "https://www.linkedin.com/feed/update/urn%ZZli/"],
      ["facebook", "https://www.facebook.com/AcmePage"],
      ["facebook", "https://notfacebook.com/1_2"],
      ["facebook", "javascript:alert(1)"],
      ["facebook", "not a url"],
    ] as const)
      expect(remoteFromUrl(network, url), url).toBeNull();
  });
});
