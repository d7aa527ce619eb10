import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { cleanupOld } from "@/lib/analytics/cleanup";
import { collectComments } from "@/lib/listening/collect-comments";
import { runDaily } from "@/lib/orchestration/run-daily";
import { X_TIER_MESSAGE } from "@/lib/networks/x/comments";
import { createCommentSource } from "@/lib/wiring/listening-adapters";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { dailyInput, type Fakes, fakeEnv, makeDeps, seedPublishing } from "./support/orchestration";

let db: Db;
let fakes: Fakes;

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(() => fakes.reset());

/** A brand with an owner, whose LinkedIn, Facebook and X posts of today are published on the fakes. */
async function published() {
  const seeded = await seedPublishing(db);
  const user = await db.user.create({
    data: { email: `${seeded.ws.slug}@example.com`, name: "Owner", passwordHash: "x" },
  });
  await db.membership.create({ data: { userId: user.id, workspaceId: seeded.ws.id, role: "owner" } });
  await runDaily(
    makeDeps(db, fakes, () => new Date()),
    dailyInput(seeded.ws.id),
  );
  const pubs = await db.publication.findMany({ where: { brandId: seeded.brand.id, state: "published" } });
  expect(pubs).toHaveLength(3);
  const remote = (p: string) => pubs.find((x) => x.platform === p)!;
  return { ...seeded, user, remote };
}

const deps = (now = new Date(Date.now() + 3_600_000)) => ({
  db,
  now,
  keyRing: () => keyRingFromEnv(),
  commentsFor: (n: Parameters<typeof createCommentSource>[0]) => createCommentSource(n, { env: fakeEnv(fakes) }),
  notify: { emailEnabled: false, appUrl: "http://localhost" },
});

describe("collectComments", () => {
  it("stores each comment once with its author, text, time, language and sentiment, across pages", async () => {
    const { brand, remote } = await published();
    fakes.fakes.facebook.listening.pageSize = 2;
    fakes.fakes.x.listening.pageSize = 2;
    fakes.fakes.linkedin.listening.pageSize = 2;
    const at = Date.now();
    fakes.fakes.facebook.listening.setComments(
      remote("facebook").remoteId!,
      [
        "Love this, great work team!",
        "Which countries do you ship to?",
        "Terrible experience, nobody answered my emails.",
        "Merci, c'est génial !",
        "What time does the webinar start?",
      ].map((text, i) => ({ authorId: `f${i}`, authorName: `Fan ${i}`, text, createdAt: at + i * 1000 })),
    );
    const first = await collectComments(deps(), { windowDays: 7, brandId: brand.id });
    expect(first.failed).toBe(0);
    const fb = await db.socialComment.findMany({
      where: { brandId: brand.id, platform: "facebook" },
      orderBy: { createdAt: "asc" },
    });
    // five comments on three pages of two
    expect(fb.map((c) => c.text)).toHaveLength(5);
    expect(fb.map((c) => [c.authorName, c.sentiment, c.language])).toEqual([
      ["Fan 0", "positive", "en"],
      ["Fan 1", "neutral", "en"],
      ["Fan 2", "negative", "en"],
      ["Fan 3", "positive", "fr"],
      ["Fan 4", "neutral", "en"],
    ]);
    expect(fb[0].url).toContain("comment_id=");
    const comments = fakes.fakes.facebook.requests.filter((r) => r.path.includes("/comments"));
    expect(comments.length).toBe(3);
    expect(comments[1].path).toContain("after=");
    const li = await db.socialComment.findMany({ where: { brandId: brand.id, platform: "linkedin" } });
    expect(li.length).toBeGreaterThanOrEqual(3);
    expect(li[0].authorName).toBe("LinkedIn member");
    expect(li[0].remoteId).toMatch(/^urn:li:comment:\(urn:li:activity:/);
    const x = await db.socialComment.findMany({ where: { brandId: brand.id, platform: "x" } });
    expect(x.length).toBeGreaterThanOrEqual(3);
    expect(x[0].url).toMatch(/^https:\/\/x\.com\/\w+\/status\/\d+$/);

    const total = await db.socialComment.count({ where: { brandId: brand.id } });
    expect(first.stored).toBe(total);
    const second = await collectComments(deps(new Date(Date.now() + 7_200_000)), { windowDays: 7, brandId: brand.id });
    expect(second.stored).toBe(0);
    expect(await db.socialComment.count({ where: { brandId: brand.id } })).toBe(total);
    // publishes, then reads three networks' comment pages: over 30 s on a busy machine
  }, 120_000);

  it("says plainly when the X API tier does not allow reply search, and still collects the other networks", async () => {
    const { ws, brand } = await published();
    fakes.fakes.x.listening.xTier = "free";
    const res = await collectComments(deps(), { windowDays: 7, brandId: brand.id });
    expect(res.failures).toEqual([
      expect.objectContaining({ platform: "x", httpStatus: 403, message: X_TIER_MESSAGE }),
    ]);
    expect(await db.socialComment.count({ where: { brandId: brand.id, platform: "x" } })).toBe(0);
    expect(await db.socialComment.count({ where: { brandId: brand.id, platform: "linkedin" } })).toBeGreaterThan(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: ws.id, action: "comments.collect_failed" },
    });
    expect(JSON.stringify(audit.data)).toContain("Basic tier");
  });

  it("records a rate limit as a failure and collects on the next run", async () => {
    const { brand } = await published();
    fakes.fakes.facebook.failNext("429", { code: 4 });
    const res = await collectComments(deps(), { windowDays: 7, brandId: brand.id });
    expect(res.failures.find((f) => f.brandId === brand.id)).toMatchObject({
      platform: "facebook",
      httpStatus: 400,
      message: expect.stringContaining("Facebook error 4"),
    });
    expect(await db.socialComment.count({ where: { brandId: brand.id, platform: "facebook" } })).toBe(0);
    await collectComments(deps(new Date(Date.now() + 7_200_000)), { windowDays: 7, brandId: brand.id });
    expect(await db.socialComment.count({ where: { brandId: brand.id, platform: "facebook" } })).toBeGreaterThan(0);
  });

  it("notifies once when a post's comments turn mostly negative", async () => {
    const { ws, brand, user, remote } = await published();
    const at = Date.now();
    const angry = ["Terrible experience.", "Awful, I want a refund.", "Worst update ever.", "Is it open source?"];
    fakes.fakes.x.listening.setComments(
      remote("x").remoteId!,
      angry.map((text, i) => ({ authorId: `a${i}`, authorName: `Critic ${i}`, text, createdAt: at + i })),
    );
    // the other networks' posts draw one happy comment each
    for (const n of ["linkedin", "facebook"] as const)
      fakes.fakes[n].listening.setComments(remote(n).remoteId!, [
        { authorId: "h", authorName: "Happy", text: "Love it!", createdAt: at },
      ]);
    const first = await collectComments(deps(), { windowDays: 7, brandId: brand.id });
    expect(first.alerted).toBe(1);
    const n = await db.notification.findFirstOrThrow({
      where: { workspaceId: ws.id, userId: user.id, kind: "negative_comments" },
    });
    expect(n.title).toContain("3 of 4 comments");
    expect(n.url).toContain("sentiment=negative");
    fakes.fakes.x.listening.comments
      .get(remote("x").remoteId!)!
      .push({ id: "9", authorId: "b", authorName: "B", text: "Horrible.", createdAt: at + 9 });
    const second = await collectComments(deps(new Date(Date.now() + 7_200_000)), { windowDays: 7, brandId: brand.id });
    expect(second.stored).toBe(1);
    expect(second.alerted).toBe(0);
    expect(await db.notification.count({ where: { workspaceId: ws.id, kind: "negative_comments" } })).toBe(1);
  });

  it("retention removes comments and competitor posts older than the window", async () => {
    const { brand, remote } = await published();
    await collectComments(deps(), { windowDays: 7, brandId: brand.id });
    const post = await db.publication.findFirstOrThrow({
      where: { brandId: brand.id, remoteId: remote("x").remoteId },
    });
    const old = new Date(Date.now() - 100 * 86_400_000);
    const base = { workspaceId: brand.workspaceId, brandId: brand.id, postId: post.postId, platform: "x" as const };
    const row = { authorName: "Old", text: "old", language: "en", sentiment: "neutral" as const, score: 0, url: null };
    await db.socialComment.create({ data: { ...base, ...row, remoteId: "old-1", createdAt: old, collectedAt: old } });
    const rival = await db.competitorAccount.create({
      data: { workspaceId: brand.workspaceId, brandId: brand.id, platform: "x", handle: "rival" },
    });
    const counts = { reactions: 1, comments: 0, shares: 0, text: "t", url: null, collectedAt: old };
    await db.competitorPost.create({
      data: { competitorId: rival.id, remoteId: "p-old", publishedAt: old, ...counts },
    });
    await db.competitorPost.create({
      data: { competitorId: rival.id, remoteId: "p-new", publishedAt: new Date(), ...counts },
    });
    const before = await db.socialComment.count({ where: { brandId: brand.id } });
    const res = await cleanupOld({ db, now: new Date(), retentionDays: 90 });
    expect(res.removed.comments).toBeGreaterThanOrEqual(1);
    expect(await db.socialComment.count({ where: { brandId: brand.id } })).toBe(before - 1);
    expect(await db.socialComment.count({ where: { remoteId: "old-1" } })).toBe(0);
    expect((await db.competitorPost.findMany({ where: { competitorId: rival.id } })).map((p) => p.remoteId)).toEqual([
      "p-new",
    ]);
  });
});
