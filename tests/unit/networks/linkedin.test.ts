import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPublisher } from "@/lib/wiring/network-adapters";
import { matchRemotePost } from "@/lib/networks/match-remote-post";
import { escapeLinkedInText } from "@/lib/networks/linkedin/publish";
import type { PublishRequest } from "@/lib/networks/publisher";
import { FAKE_ACCOUNTS, FAKE_TOKENS, startFakes, type Fakes } from "@/tests/fakes/start-fakes";

let f: Fakes;
beforeAll(async () => {
  f = await startFakes({ PUBLISH_TIMEOUT_MS: "400", LINKEDIN_API_VERSION: "202510" });
});
afterAll(() => f.stop());
beforeEach(() => f.reset());

const pub = () => createPublisher("linkedin", { env: f.env });
const req = (text: string, over: Partial<PublishRequest> = {}): PublishRequest => ({
  payload: { network: "linkedin", text },
  accountId: FAKE_ACCOUNTS.linkedin,
  accessToken: FAKE_TOKENS.linkedin,
  contentHash: "h1",
  ...over,
});

describe("LinkedIn publisher", () => {
  it("publishes and takes the URN from the x-restli-id header", async () => {
    const res = await pub().publish(req("Hello LinkedIn"));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.remoteId).toMatch(/^urn:li:share:\d+$/);
    expect(res.remoteId).toBe(f.fakes.linkedin.posts[0].id);
    expect(res.remoteUrl).toBe(`https://www.linkedin.com/feed/update/${res.remoteId}/`);
    expect(res.httpStatus).toBe(201);
    const sent = f.fakes.linkedin.requests[0];
    expect(sent.headers.authorization).toBe(`Bearer ${FAKE_TOKENS.linkedin}`);
    expect(sent.headers["linkedin-version"]).toBe("202510");
    expect(sent.headers["x-restli-protocol-version"]).toBe("2.0.0");
    expect(JSON.parse(sent.body)).toEqual({
      author: "urn:li:organization:1001",
      commentary: "Hello LinkedIn",
      visibility: "PUBLIC",
      distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: "PUBLISHED",
      isReshareDisabledByAuthor: false,
    });
  });

  it("escapes little-text reserved characters so the post reads as written", async () => {
    const text = "Tips (part 1) for #growth @team: a_b [x] {y} <z> ~ | * \\ done";
    expect(escapeLinkedInText("#a (b) @c")).toBe("\\#a \\(b\\) \\@c");
    const res = await pub().publish(req(text));
    expect(res.ok).toBe(true);
    expect(f.fakes.linkedin.posts[0].visibleText).toBe(text);
  });

  it("a bare account id is an organization; a person URN stays a person", async () => {
    const p = pub();
    expect(JSON.parse(p.buildRequest(req("a", { accountId: "42" })).body).author).toBe("urn:li:organization:42");
    expect(JSON.parse(p.buildRequest(req("a", { accountId: "urn:li:person:abc" })).body).author).toBe(
      "urn:li:person:abc",
    );
    expect(p.buildRequest(req("a"), { redactToken: true }).headers.Authorization).toBe("Bearer [redacted]");
  });

  it("rejects an inactive API version (426) as a configuration problem", async () => {
    const res = await createPublisher("linkedin", { env: { ...f.env, LINKEDIN_API_VERSION: "202001" } }).publish(
      req("x"),
    );
    expect(res).toMatchObject({ ok: false, failureClass: "rejected", httpStatus: 426 });
  });

  it("5xx → retryable", async () => {
    f.fakes.linkedin.failNext("5xx");
    expect(await pub().publish(req("a"))).toMatchObject({ ok: false, failureClass: "retryable", httpStatus: 503 });
  });

  it("429 → retryable until midnight UTC", async () => {
    const now = new Date("2026-03-10T15:00:00Z");
    f.fakes.linkedin.failNext("429");
    const res = await createPublisher("linkedin", { env: f.env, now: () => now }).publish(req("a"));
    expect(res).toMatchObject({ ok: false, failureClass: "retryable", httpStatus: 429 });
    if (!res.ok) expect(res.retryAt?.toISOString()).toBe("2026-03-11T00:00:00.000Z");
  });

  it("401 → needs_reconnect, also for an unknown token", async () => {
    f.fakes.linkedin.failNext("401");
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "needs_reconnect", httpStatus: 401 });
    expect(await pub().publish(req("a", { accessToken: "nope" }))).toMatchObject({
      failureClass: "needs_reconnect",
      httpStatus: 401,
    });
  });

  it("the same text twice → already_published, naming the existing URN", async () => {
    const first = await pub().publish(req("Same words"));
    const second = await pub().publish(req("Same words"));
    expect(second).toMatchObject({ ok: false, failureClass: "already_published", httpStatus: 422 });
    if (first.ok && !second.ok) expect(second.existingRemoteId).toBe(first.remoteId);
  });

  it("400 and too long → rejected", async () => {
    f.fakes.linkedin.failNext("400");
    expect(await pub().publish(req("a"))).toMatchObject({ failureClass: "rejected", httpStatus: 400 });
    expect(await pub().publish(req("a".repeat(3001)))).toMatchObject({ failureClass: "rejected", httpStatus: 422 });
  });

  it("a timeout after the post was accepted is retryable with an unknown outcome, and reconciliation finds the post", async () => {
    f.fakes.linkedin.failNext("timeout_after_accept");
    const text = "Accepted but #unanswered (really)";
    const res = await pub().publish(req(text));
    expect(res).toMatchObject({ ok: false, failureClass: "retryable", outcomeUnknown: true, httpStatus: null });
    expect(f.fakes.linkedin.posts).toHaveLength(1);
    const recent = await pub().findRecent({
      accountId: FAKE_ACCOUNTS.linkedin,
      accessToken: FAKE_TOKENS.linkedin,
      since: new Date(Date.now() - 60_000),
    });
    expect(recent[0].text).toBe(text);
    expect(matchRemotePost(recent, text)?.remoteId).toBe(f.fakes.linkedin.posts[0].id);
  });

  it("a reset is retryable with an unknown outcome", async () => {
    f.fakes.linkedin.failNext("reset");
    expect(await pub().publish(req("a"))).toMatchObject({ ok: false, failureClass: "retryable", outcomeUnknown: true });
    f.fakes.linkedin.failNext("reset_after_accept");
    expect(await pub().publish(req("b"))).toMatchObject({ ok: false, failureClass: "retryable", outcomeUnknown: true });
    expect(f.fakes.linkedin.posts.map((p) => p.commentary)).toEqual(["b"]);
  });

  it("findRecent surfaces a failed lookup as an error", async () => {
    await expect(pub().findRecent({ accountId: FAKE_ACCOUNTS.linkedin, accessToken: "bad" })).rejects.toMatchObject({
      failureClass: "needs_reconnect",
    });
  });
});
