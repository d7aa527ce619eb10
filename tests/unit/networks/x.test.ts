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

const pub = () => createPublisher("x", { env: f.env });
const req = (text: string, over: Partial<PublishRequest> = {}): PublishRequest => ({
  payload: { network: "x", text },
  accountId: FAKE_ACCOUNTS.x,
  accessToken: FAKE_TOKENS.x,
  contentHash: "h1",
  ...over,
});

describe("X publisher", () => {
  it("publishes {text} and reads data.id from the 201", async () => {
    const res = await pub().publish(req("Hello X"));
    expect(res).toMatchObject({ ok: true, httpStatus: 201 });
    if (!res.ok) return;
    expect(res.remoteId).toMatch(/^\d{19}$/);
    expect(res.remoteUrl).toBe(`https://x.com/i/web/status/${res.remoteId}`);
    const sent = f.fakes.x.requests[0];
    expect(sent.path).toBe("/2/tweets");
    expect(sent.headers.authorization).toBe(`Bearer ${FAKE_TOKENS.x}`);
    expect(JSON.parse(sent.body)).toEqual({ text: "Hello X" });
  });

  it("429 → retryable at x-rate-limit-reset", async () => {
    f.fakes.x.failNext("429", { resetInSeconds: 120 });
    const before = Math.floor(Date.now() / 1000);
    const res = await pub().publish(req("a"));
    expect(res).toMatchObject({ ok: false, failureClass: "retryable", httpStatus: 429 });
    if (res.ok) return;
    const reset = res.retryAt!.getTime() / 1000;
    expect(reset).toBeGreaterThanOrEqual(before + 120);
    expect(reset).toBeLessThanOrEqual(before + 122);
  });

  it("sends rate-limit headers on every answer", async () => {
    const r = await fetch(`${f.urls.x}/2/tweets?ids=1`, { headers: { authorization: `Bearer ${FAKE_TOKENS.x}` } });
    expect(r.headers.get("x-rate-limit-limit")).toBeTruthy();
    expect(r.headers.get("x-rate-limit-remaining")).toBeTruthy();
    expect(Number(r.headers.get("x-rate-limit-reset"))).toBeGreaterThan(Date.now() / 1000);
  });

  it("5xx, reset and timeout-after-accept are retryable", async () => {
    f.fakes.x.failNext("5xx");
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "retryable", httpStatus: 503 });
    f.fakes.x.failNext("reset");
    expect(await pub().publish(req("b"))).toMatchObject({ failureClass: "retryable", outcomeUnknown: true });
    f.fakes.x.failNext("timeout_after_accept");
    expect(await pub().publish(req("c"))).toMatchObject({ failureClass: "retryable", outcomeUnknown: true });
    expect(f.fakes.x.posts.map((p) => p.text)).toEqual(["c"]);
    expect(f.fakes.x.receivedCreates).toBe(3);
  });

  it("401 → needs_reconnect", async () => {
    f.fakes.x.failNext("401");
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "needs_reconnect", httpStatus: 401 });
    expect(await pub().publish(req("a", { accessToken: "expired" }))).toMatchObject({
      failureClass: "needs_reconnect",
    });
  });

  it("403 duplicate → already_published; a double submit is proof the first landed", async () => {
    expect((await pub().publish(req("Once only"))).ok).toBe(true);
    expect(await pub().publish(req("Once only"))).toMatchObject({
      ok: false,
      failureClass: "already_published",
      httpStatus: 403,
    });
    f.fakes.x.failNext("duplicate");
    expect(await pub().publish(req("other"))).toMatchObject({ failureClass: "already_published" });
  });

  it("400 and over 280 weighted characters → rejected", async () => {
    f.fakes.x.failNext("400");
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "rejected", httpStatus: 400 });
    // 141 CJK characters weigh 282.
    expect(await pub().publish(req("字".repeat(141)))).toMatchObject({ failureClass: "rejected", httpStatus: 403 });
    expect((await pub().publish(req("字".repeat(140)))).ok).toBe(true);
  });

  it("reconciliation matches despite t.co links and &amp; escaping", async () => {
    const text = "Q&A <live> today: https://example.com/some/long/path?x=1 see you";
    f.fakes.x.failNext("timeout_after_accept");
    expect(await pub().publish(req(text))).toMatchObject({ outcomeUnknown: true });
    const recent = await pub().findRecent({
      accountId: FAKE_ACCOUNTS.x,
      accessToken: FAKE_TOKENS.x,
      since: new Date(Date.now() - 60_000),
      limit: 100,
    });
    expect(recent[0].text).toContain("https://t.co/");
    expect(recent[0].text).toContain("&amp;");
    expect(matchRemotePost(recent, text)?.remoteId).toBe(f.fakes.x.posts[0].id);
    expect(matchRemotePost(recent, "Q&A <live> tomorrow: https://example.com see you")).toBeNull();
  });
  it("lists what each tweet replies to, so a thread part matches only inside its own thread", async () => {
    const top = await pub().publish(req("Top of a thread"));
    const other = await pub().publish(req("Another post"));
    if (!top.ok || !other.ok) throw new Error("publish failed");
    const part = await pub().publish(
      req("Same words. 2/2", { payload: { network: "x", text: "Same words. 2/2", replyTo: top.remoteId } }),
    );
    if (!part.ok) throw new Error("publish failed");
    const recent = await pub().findRecent({ accountId: FAKE_ACCOUNTS.x, accessToken: FAKE_TOKENS.x, limit: 100 });
    expect(f.fakes.x.requests.at(-1)?.path).toContain("tweet.fields=created_at%2Creferenced_tweets");
    expect(recent.find((p) => p.remoteId === part.remoteId)?.replyTo).toBe(top.remoteId);
    expect(recent.find((p) => p.remoteId === top.remoteId)?.replyTo).toBeNull();
    expect(matchRemotePost(recent, "Same words. 2/2", top.remoteId)?.remoteId).toBe(part.remoteId);
    expect(matchRemotePost(recent, "Same words. 2/2", other.remoteId)).toBeNull();
    expect(matchRemotePost(recent, "Same words. 2/2", null)).toBeNull();
    expect(matchRemotePost(recent, "Same words. 2/2")?.remoteId).toBe(part.remoteId);
  });
});
