import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPublisher } from "@/lib/wiring/network-adapters";
import { matchRemotePost } from "@/lib/networks/match-remote-post";
import type { PublishRequest } from "@/lib/networks/publisher";
import { FAKE_ACCOUNTS, FAKE_TOKENS, startFakes, type Fakes } from "@/tests/fakes/start-fakes";

let f: Fakes;
beforeAll(async () => {
  f = await startFakes({ PUBLISH_TIMEOUT_MS: "400" });
});
afterAll(() => f.stop());
beforeEach(() => f.reset());

const pub = () => createPublisher("facebook", { env: f.env });
const req = (text: string, link: string | null = null, over: Partial<PublishRequest> = {}): PublishRequest => ({
  payload: { network: "facebook", text, link },
  accountId: FAKE_ACCOUNTS.facebook,
  accessToken: FAKE_TOKENS.facebook,
  contentHash: "h1",
  ...over,
});

describe("Facebook publisher", () => {
  it("publishes message + link with published=true and a Bearer token", async () => {
    const res = await pub().publish(req("Hello Page", "https://example.com/a?b=1"));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.remoteId).toMatch(new RegExp(`^${FAKE_ACCOUNTS.facebook}_\\d+$`));
    expect(res.remoteUrl).toBe(`https://www.facebook.com/${res.remoteId}`);
    const sent = f.fakes.facebook.requests[0];
    expect(sent.path).toBe(`/v23.0/${FAKE_ACCOUNTS.facebook}/feed`);
    expect(sent.headers.authorization).toBe(`Bearer ${FAKE_TOKENS.facebook}`);
    expect(Object.fromEntries(new URLSearchParams(sent.body))).toEqual({
      message: "Hello Page",
      link: "https://example.com/a?b=1",
      published: "true",
    });
    expect(f.fakes.facebook.posts[0]).toMatchObject({ message: "Hello Page", link: "https://example.com/a?b=1" });
  });

  it("uses FACEBOOK_GRAPH_VERSION", () => {
    const b = createPublisher("facebook", { env: { ...f.env, FACEBOOK_GRAPH_VERSION: "24.0" } }).buildRequest(req("a"));
    expect(new URL(b.url).pathname).toBe(`/v24.0/${FAKE_ACCOUNTS.facebook}/feed`);
  });

  it("5xx → retryable", async () => {
    f.fakes.facebook.failNext("5xx");
    expect(await pub().publish(req("a"))).toMatchObject({ ok: false, failureClass: "retryable", httpStatus: 500 });
  });

  it("rate limits (code 4, 32, subcode 1390008) → retryable, with retryAt from the usage header", async () => {
    const now = new Date();
    f.fakes.facebook.failNext("429", { code: 32, resetInSeconds: 600 });
    const res = await createPublisher("facebook", { env: f.env, now: () => now }).publish(req("a"));
    expect(res).toMatchObject({ ok: false, failureClass: "retryable" });
    if (!res.ok) expect(res.retryAt?.getTime()).toBe(now.getTime() + 10 * 60_000);
    f.fakes.facebook.failNext("429", { code: 4 });
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "retryable" });
    f.fakes.facebook.failNext("429", { code: 368, subcode: 1390008 });
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "retryable" });
  });

  it("code 190 → needs_reconnect (injected and unknown token)", async () => {
    f.fakes.facebook.failNext("401");
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "needs_reconnect" });
    expect(await pub().publish(req("a", null, { accessToken: "bad" }))).toMatchObject({
      failureClass: "needs_reconnect",
      httpStatus: 401,
    });
  });

  it("code 506 duplicate → already_published", async () => {
    expect((await pub().publish(req("Twice"))).ok).toBe(true);
    expect(await pub().publish(req("Twice"))).toMatchObject({
      ok: false,
      failureClass: "already_published",
      httpStatus: 400,
    });
  });

  it("400 → rejected", async () => {
    f.fakes.facebook.failNext("400");
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "rejected", httpStatus: 400 });
    expect(await pub().publish(req(""))).toMatchObject({ failureClass: "rejected" });
  });

  it("timeout after accept → unknown outcome; the feed lookup finds the post", async () => {
    f.fakes.facebook.failNext("timeout_after_accept", { delayMs: 1000 });
    const text = "Landed   but\nno answer";
    expect(await pub().publish(req(text))).toMatchObject({
      ok: false,
      failureClass: "retryable",
      outcomeUnknown: true,
    });
    const recent = await pub().findRecent({
      accountId: FAKE_ACCOUNTS.facebook,
      accessToken: FAKE_TOKENS.facebook,
      since: new Date(Date.now() - 60_000),
      limit: 10,
    });
    expect(recent).toHaveLength(1);
    expect(recent[0].createdAt).toBeInstanceOf(Date);
    expect(matchRemotePost(recent, "Landed but no answer")?.remoteId).toBe(f.fakes.facebook.posts[0].id);
  });

  it("a refused connection is retryable and certainly not sent", async () => {
    const { createServer } = await import("node:net");
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    const port = (s.address() as { port: number }).port;
    await new Promise<void>((r) => s.close(() => r()));
    const res = await createPublisher("facebook", {
      env: { FACEBOOK_GRAPH_BASE_URL: `http://127.0.0.1:${port}` },
    }).publish(req("a"));
    expect(res).toMatchObject({ ok: false, failureClass: "retryable", httpStatus: null });
    if (!res.ok) expect(res.outcomeUnknown).toBeUndefined();
  });
});
