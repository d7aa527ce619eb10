import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCollector } from "@/lib/wiring/network-adapters";
import { engagementRate } from "@/lib/networks/collector";
import { createPublisher } from "@/lib/wiring/network-adapters";
import type { Network } from "@/lib/networks/publisher";
import { FAKE_ACCOUNTS, FAKE_TOKENS, startFakes, type Fakes } from "@/tests/fakes/start-fakes";

let f: Fakes;
beforeAll(async () => {
  f = await startFakes({ PUBLISH_TIMEOUT_MS: "1000" });
});
afterAll(() => f.stop());
beforeEach(() => f.reset());

type Real = Exclude<Network, "sandbox">;
async function publish(network: Real, texts: string[]): Promise<string[]> {
  const p = createPublisher(network, { env: f.env });
  const ids: string[] = [];
  for (const text of texts) {
    const r = await p.publish({
      payload: { network, text },
      accountId: FAKE_ACCOUNTS[network],
      accessToken: FAKE_TOKENS[network],
      contentHash: text,
    });
    if (!r.ok) throw new Error(r.message);
    ids.push(r.remoteId);
  }
  return ids;
}
const collect = (network: Real, remoteIds: string[], now?: () => Date) =>
  createCollector(network, { env: f.env, now }).collect({
    accountId: FAKE_ACCOUNTS[network],
    accessToken: FAKE_TOKENS[network],
    remoteIds,
  });

describe("engagement rate", () => {
  it("is (reactions + comments + shares + clicks) / impressions, 0 without impressions", () => {
    expect(engagementRate({ impressions: 200, reactions: 10, comments: 4, shares: 2, clicks: 4 })).toBe(0.1);
    expect(engagementRate({ impressions: 0, reactions: 10, comments: 4, shares: 2, clicks: 4 })).toBe(0);
  });
});

describe("LinkedIn collector", () => {
  it("batches shares=List(...) and maps totalShareStatistics", async () => {
    const ids = await publish("linkedin", ["one", "two", "three"]);
    f.fakes.linkedin.setStats(ids[0], {
      impressionCount: 1000,
      uniqueImpressionsCount: 700,
      clickCount: 20,
      likeCount: 30,
      commentCount: 5,
      shareCount: 5,
    });
    f.fakes.linkedin.requests = [];
    const res = await collect("linkedin", ids);
    expect(res.failures).toEqual([]);
    expect(f.fakes.linkedin.requests).toHaveLength(1);
    expect(f.fakes.linkedin.requests[0].path).toContain("shares=List(urn%3Ali%3Ashare%3A");
    expect(res.metrics.find((m) => m.remoteId === ids[0])).toMatchObject({
      impressions: 1000,
      reach: 700,
      clicks: 20,
      reactions: 30,
      comments: 5,
      shares: 5,
      engagementRate: 0.06,
    });
  });

  it("429 → a failure per post with retryAt at midnight UTC", async () => {
    const ids = await publish("linkedin", ["a"]);
    f.fakes.linkedin.failNext("429");
    const res = await collect("linkedin", ids, () => new Date("2026-02-01T08:00:00Z"));
    expect(res.metrics).toEqual([]);
    expect(res.failures).toEqual([
      expect.objectContaining({ remoteId: ids[0], httpStatus: 429, retryAt: new Date("2026-02-02T00:00:00Z") }),
    ]);
  });

  it("a post missing from the answer is reported, not dropped", async () => {
    const ids = await publish("linkedin", ["a"]);
    const res = await collect("linkedin", [...ids, "urn:li:share:1"]);
    expect(res.metrics.map((m) => m.remoteId)).toEqual(ids);
    expect(res.failures).toEqual([expect.objectContaining({ remoteId: "urn:li:share:1" })]);
  });
});

describe("Facebook collector", () => {
  it("reads v23 insights and the post's comment and share counts", async () => {
    const [id] = await publish("facebook", ["fb post"]);
    f.fakes.facebook.setInsights(id, {
      post_total_media_view_unique: 500,
      post_reactions_by_type_total: { like: 10, love: 5, wow: 1 },
      post_clicks: 9,
      comments: 3,
      shares: 2,
    });
    const res = await collect("facebook", [id]);
    expect(res.failures).toEqual([]);
    expect(res.metrics[0]).toMatchObject({
      remoteId: id,
      impressions: 500,
      reach: 500,
      reactions: 16,
      clicks: 9,
      comments: 3,
      shares: 2,
      engagementRate: 30 / 500,
    });
    const insightsCall = f.fakes.facebook.requests.find((r) => r.path.includes("/insights"));
    expect(insightsCall?.path).toContain(
      "metric=post_total_media_view_unique,post_reactions_by_type_total,post_clicks",
    );
  });

  it("the fake answers a deprecated metric with an invalid-metric error, and the collector reports it", async () => {
    const [id] = await publish("facebook", ["fb post"]);
    const r = await fetch(`${f.urls.facebook}/v23.0/${id}/insights?metric=post_impressions_unique`, {
      headers: { authorization: `Bearer ${FAKE_TOKENS.facebook}` },
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { code: number; message: string } }).error).toMatchObject({
      code: 100,
      message: expect.stringContaining("valid insights metric"),
    });
    const res = await collect("facebook", [id, `${FAKE_ACCOUNTS.facebook}_999`]);
    expect(res.metrics.map((m) => m.remoteId)).toEqual([id]);
    expect(res.failures).toEqual([
      expect.objectContaining({ remoteId: `${FAKE_ACCOUNTS.facebook}_999`, httpStatus: 400 }),
    ]);
  });

  it("an invalid-metric answer is a failure, not zeros", async () => {
    const [id] = await publish("facebook", ["fb post"]);
    const fetchImpl: typeof fetch = (input, init) => {
      const url = String(input).replace("metric=post_total_media_view_unique", "metric=post_impressions_unique");
      return fetch(url, init);
    };
    const res = await createCollector("facebook", { env: f.env, fetchImpl }).collect({
      accountId: FAKE_ACCOUNTS.facebook,
      accessToken: FAKE_TOKENS.facebook,
      remoteIds: [id],
    });
    expect(res.metrics).toEqual([]);
    expect(res.failures[0]).toMatchObject({ remoteId: id, httpStatus: 400 });
    expect(res.failures[0].message).toMatch(/valid insights metric/);
  });

  it("a rate limit is a failure with retryAt", async () => {
    const [id] = await publish("facebook", ["fb post"]);
    f.fakes.facebook.failNext("429", { code: 32, resetInSeconds: 300, times: 2 });
    const now = new Date();
    const res = await collect("facebook", [id], () => now);
    expect(res.failures[0]).toMatchObject({ remoteId: id, retryAt: new Date(now.getTime() + 5 * 60_000) });
  });
});

describe("X collector", () => {
  it("maps public_metrics and reports a partial batch's missing ids", async () => {
    const ids = await publish("x", ["t1", "t2"]);
    f.fakes.x.setMetrics(ids[0], {
      impression_count: 1000,
      like_count: 40,
      bookmark_count: 5,
      reply_count: 3,
      retweet_count: 6,
      quote_count: 1,
    });
    f.fakes.x.requests = [];
    const res = await collect("x", [...ids, "1999999999999999999"]);
    expect(f.fakes.x.requests).toHaveLength(1);
    expect(res.metrics.map((m) => m.remoteId).sort()).toEqual([...ids].sort());
    expect(res.metrics.find((m) => m.remoteId === ids[0])).toMatchObject({
      impressions: 1000,
      reach: 1000,
      clicks: 0,
      reactions: 45,
      comments: 3,
      shares: 7,
      engagementRate: 55 / 1000,
    });
    expect(res.failures).toEqual([
      expect.objectContaining({ remoteId: "1999999999999999999", message: expect.stringContaining("Not Found") }),
    ]);
  });

  it("asks for at most 100 ids per call", async () => {
    const ids = Array.from({ length: 150 }, (_, i) => String(1900000000000000000n + BigInt(i)));
    const res = await collect("x", ids);
    expect(f.fakes.x.requests.filter((r) => r.path.startsWith("/2/tweets?"))).toHaveLength(2);
    expect(res.failures).toHaveLength(150);
  });

  it("429 → failures with retryAt from x-rate-limit-reset", async () => {
    const ids = await publish("x", ["t1"]);
    f.fakes.x.failNext("429", { resetInSeconds: 60 });
    const res = await collect("x", ids);
    expect(res.failures[0]).toMatchObject({ remoteId: ids[0], httpStatus: 429 });
    expect(res.failures[0].retryAt!.getTime()).toBeGreaterThan(Date.now() + 55_000);
  });
});

describe("sandbox collector", () => {
  const sandbox = createCollector("sandbox");
  it("is deterministic per post", async () => {
    const a = await sandbox.collect({ accountId: "s", accessToken: "s", remoteIds: ["sandbox_abc"] });
    const b = await sandbox.collect({ accountId: "s", accessToken: "s", remoteIds: ["sandbox_abc"] });
    expect(a).toEqual(b);
    expect(a.metrics[0].impressions).toBeGreaterThan(0);
  });

  it("gives the education pillar systematically higher engagement", async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `sandbox_${i.toString(16).padStart(12, "0")}`);
    const mean = async (pillar: string) => {
      const hints = Object.fromEntries(
        ids.map((id) => [id, { pillar, format: "text", hookTemplate: "direct", network: "linkedin" }]),
      );
      const r = await sandbox.collect({ accountId: "s", accessToken: "s", remoteIds: ids, hints });
      return r.metrics.reduce((s, m) => s + m.engagementRate, 0) / r.metrics.length;
    };
    const ratio = (await mean("education")) / (await mean("community"));
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThan(2.1);
  });
});
