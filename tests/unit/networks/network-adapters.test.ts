import { describe, expect, it } from "vitest";
import { createPublisher } from "@/lib/wiring/network-adapters";
import { matchRemotePost, normalizeForMatch } from "@/lib/networks/match-remote-post";
import type { RemotePost } from "@/lib/networks/publisher";

const post = (remoteId: string, text: string, at = "2026-01-01T10:00:00Z"): RemotePost => ({
  remoteId,
  remoteUrl: null,
  text,
  createdAt: new Date(at),
});

describe("createPublisher", () => {
  it("reads base URLs and versions from the env given at call time", () => {
    const env = {
      LINKEDIN_API_BASE_URL: "http://li.test/",
      LINKEDIN_API_VERSION: "202601",
      FACEBOOK_GRAPH_BASE_URL: "http://fb.test",
      X_API_BASE_URL: "http://x.test",
    };
    const li = createPublisher("linkedin", { env }).buildRequest({
      payload: { network: "linkedin", text: "t" },
      accountId: "1",
      accessToken: "tok",
      contentHash: "h",
    });
    expect(li.url).toBe("http://li.test/rest/posts");
    expect(li.headers["LinkedIn-Version"]).toBe("202601");
    expect(
      createPublisher("x", { env }).buildRequest({
        payload: { network: "x", text: "t" },
        accountId: "1",
        accessToken: "tok",
        contentHash: "h",
      }).url,
    ).toBe("http://x.test/2/tweets");
    expect(
      createPublisher("facebook", { env: {} }).buildRequest({
        payload: { network: "facebook", text: "t" },
        accountId: "9",
        accessToken: "tok",
        contentHash: "h",
      }).url,
    ).toBe("https://graph.facebook.com/v23.0/9/feed");
  });

  it("sandbox publishes deterministically and remembers what it published", async () => {
    const p = createPublisher("sandbox");
    const req = {
      payload: { network: "linkedin" as const, text: "demo" },
      accountId: "sandbox:b1:linkedin",
      accessToken: "sandbox",
      contentHash: "abc",
    };
    const a = await p.publish(req);
    const b = await createPublisher("sandbox").publish(req);
    expect(a).toMatchObject({ ok: true, remoteUrl: null });
    if (!a.ok || !b.ok) return;
    expect(a.remoteId).toMatch(/^sandbox_[0-9a-f]{12}$/);
    expect(b.remoteId).toBe(a.remoteId);
    const recent = await p.findRecent({ accountId: req.accountId, accessToken: "sandbox" });
    expect(recent.filter((r) => r.remoteId === a.remoteId)).toHaveLength(1);
  });

  it("sandbox gives each part of a thread and each comment its own id", async () => {
    const p = createPublisher("sandbox");
    const auth = { accountId: "sandbox:b2:x", accessToken: "sandbox", contentHash: "" };
    const first = await p.publish({ ...auth, payload: { network: "x", text: "Part one. 1/2" } });
    if (!first.ok) throw new Error("sandbox refused");
    const reply = { network: "x" as const, text: "Part two. 2/2", replyTo: first.remoteId };
    const second = await p.publish({ ...auth, payload: reply });
    const again = await p.publish({ ...auth, payload: reply });
    if (!second.ok || !again.ok) throw new Error("sandbox refused");
    expect(second.remoteId).not.toBe(first.remoteId);
    expect(again.remoteId).toBe(second.remoteId);
    const recent = await p.findRecent({ accountId: auth.accountId, accessToken: "sandbox" });
    expect(recent.find((r) => r.remoteId === second.remoteId)).toMatchObject({ replyTo: first.remoteId });
    const comment = await p.comment!({ ...auth, postId: first.remoteId, text: "More below." });
    if (!comment.ok) throw new Error("sandbox refused");
    expect([first.remoteId, second.remoteId]).not.toContain(comment.remoteId);
    expect(await p.findComments!({ ...auth, postId: first.remoteId })).toEqual([
      expect.objectContaining({ remoteId: comment.remoteId, text: "More below." }),
    ]);
  });

  it("sandbox takes a demo brand's images and carousel documents, named by their bytes", async () => {
    const p = createPublisher("sandbox");
    const upload = { accountId: "sandbox:b1:linkedin", accessToken: "sandbox", mimeType: "application/pdf" };
    const pdf = await p.uploadDocument!({ ...upload, bytes: new TextEncoder().encode("%PDF-1.7 a") });
    const again = await p.uploadDocument!({ ...upload, bytes: new TextEncoder().encode("%PDF-1.7 a") });
    const image = await p.uploadImage!({ ...upload, mimeType: "image/png", bytes: new Uint8Array([1, 2, 3]) });
    expect(pdf).toMatchObject({ ok: true, mediaId: expect.stringMatching(/^sandbox_document_[0-9a-f]{12}$/) });
    expect(again).toEqual(pdf);
    expect(image).toMatchObject({ ok: true, mediaId: expect.stringMatching(/^sandbox_media_[0-9a-f]{12}$/) });
  });
});

describe("matchRemotePost", () => {
  it("normalises LinkedIn escaping, URLs, entities and whitespace", () => {
    expect(normalizeForMatch("A \\#tag  \\(x\\)\n https://lnkd.in/abc &amp; b")).toBe(
      normalizeForMatch("A #tag (x) https://example.com/long & b"),
    );
  });

  it("picks the newest exact match and refuses near misses", () => {
    const posts = [
      post("1", "Hello world", "2026-01-01T10:00:00Z"),
      post("2", "Hello  world", "2026-01-02T10:00:00Z"),
      post("3", "Hello world!"),
    ];
    expect(matchRemotePost(posts, "Hello world")?.remoteId).toBe("2");
    expect(matchRemotePost(posts, "Hello")).toBeNull();
    expect(matchRemotePost([], "x")).toBeNull();
    expect(matchRemotePost(posts, "   ")).toBeNull();
  });

  it("does not take a post that only shares a long opening", () => {
    const opening = "The truth nobody tells founders. ".repeat(4);
    expect(matchRemotePost([post("1", `${opening} Yesterday's body.`)], `${opening} Today's body.`)).toBeNull();
    expect(matchRemotePost([post("1", `${opening.trim()} Today's b…`)], `${opening} Today's body.`)?.remoteId).toBe(
      "1",
    );
  });
});
