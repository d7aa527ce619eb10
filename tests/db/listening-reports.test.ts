import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { getYesterday } from "@/lib/analytics/get-yesterday";
import { getSentimentReport } from "@/lib/listening/get-sentiment-report";
import { listSocialComments } from "@/lib/listening/list-social-comments";
import { markHandled } from "@/lib/listening/mark-handled";
import { commentsQuery } from "@/lib/schemas/listening";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, type Tenant } from "./support/tenant-fixture";

let db: Db;
let t: Tenant;
const NOW = new Date("2030-03-12T15:00:00Z");

/** Comments on the tenant's posts, `hoursAgo` before NOW, with the given sentiments. */
async function heard(t: Tenant, postIndex: number, sentiments: string[], hoursAgo: number) {
  const post = t.posts[postIndex];
  await db.socialComment.createMany({
    data: sentiments.map((sentiment, i) => ({
      workspaceId: t.workspace.id,
      brandId: t.brand.id,
      postId: post.id,
      platform: post.platform,
      remoteId: `r-${postIndex}-${hoursAgo}-${i}`,
      authorName: `Person ${i}`,
      text: `${sentiment} comment ${i}`,
      language: "en",
      sentiment: sentiment as "positive" | "neutral" | "negative",
      score: sentiment === "positive" ? 2 : sentiment === "negative" ? -2 : 0,
      url: `https://x.com/p/status/${i}`,
      createdAt: new Date(NOW.getTime() - hoursAgo * 3_600_000 - i * 1000),
      collectedAt: NOW,
    })),
  });
}

beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db);
  // the fixture's own comment is written "now" (outside these ranges); 2030-03-11 is yesterday for NOW
  await heard(t, 0, ["negative", "negative", "positive"], 20);
  await heard(t, 1, ["neutral", "positive", "positive", "positive", "negative"], 40);
});

describe("listening reports", () => {
  const query = (q: Record<string, string>) => commentsQuery.parse({ from: "2030-03-01", to: "2030-03-12", ...q });
  const list = (q: Record<string, string>) =>
    listSocialComments({ db, workspaceId: t.workspace.id, ref: t.brand.slug, now: NOW, query: query(q) });

  it("pages through comments with a cursor, newest first, and filters by sentiment and network", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await list({ limit: "3", ...(cursor ? { cursor } : {}) });
      seen.push(...page.comments.map((c) => c.id));
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    const all = await list({ limit: "100" });
    const times = all.comments.map((c) => c.created_at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const negative = await list({ sentiment: "negative" });
    expect(negative.comments.map((c) => c.sentiment)).toEqual(["negative", "negative", "negative"]);
    const other = t.posts[0].platform === "x" ? "linkedin" : "x";
    const none = await list({ platform: other === "x" ? "Twitter" : other });
    expect(none.comments.every((c) => c.platform === other)).toBe(true);
    await expect(list({ cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "bad_request" });
  });

  it("counts sentiment per day and pillar, and ranks the most-discussed posts", async () => {
    const r = await getSentimentReport({
      db,
      workspaceId: t.workspace.id,
      ref: t.brand.slug,
      now: NOW,
      query: { from: "2030-03-10", to: "2030-03-12" },
    });
    expect(r.totals).toMatchObject({ total: 8, positive: 4, neutral: 1, negative: 3, negative_share: 0.375 });
    expect(r.by_day.map((d) => [d.day, d.total, d.negative])).toEqual([
      ["2030-03-10", 5, 1],
      ["2030-03-11", 3, 2],
      ["2030-03-12", 0, 0],
    ]);
    expect(r.by_pillar.reduce((s, p) => s + p.total, 0)).toBe(8);
    expect(r.most_discussed.map((p) => [p.post_id, p.comments.total])).toEqual([
      [t.posts[1].id, 5],
      [t.posts[0].id, 3],
    ]);
  });

  it("yesterday's summary carries yesterday's comments and their negative share", async () => {
    const y = await getYesterday({ db, workspaceId: t.workspace.id, ref: t.brand.slug, now: NOW });
    expect(y.date).toBe("2030-03-11");
    expect(y.comments).toEqual({ total: 3, positive: 1, neutral: 0, negative: 2, negative_share: 0.6667 });
  });

  it("lists a post's comments whenever they were written when no dates are asked for", async () => {
    // Links to one post's conversation (most-discussed posts over any range, the negative-comments
    // notification) carry no dates; the last-30-days default hid an older post's comments.
    await heard(t, 2, ["negative", "neutral"], 60 * 24);
    const post = t.posts[2].id;
    const page = await listSocialComments({
      db,
      workspaceId: t.workspace.id,
      ref: t.brand.slug,
      now: NOW,
      query: commentsQuery.parse({ post }),
    });
    expect(page.comments.filter((c) => c.text.endsWith("comment 0") || c.text.endsWith("comment 1"))).toHaveLength(2);
    expect(page.comments.every((c) => c.post.id === post)).toBe(true);
    // An explicit range still bounds it.
    expect((await list({ post })).comments.filter((c) => c.created_at < new Date("2030-03-01"))).toEqual([]);
  });

  it("quotes a long post on one line, cut between words with an ellipsis", async () => {
    // An emoji across the 140th UTF-16 unit: a plain slice split its surrogate pair and kept the line breaks.
    const body = `${"Word ".repeat(27)}xy\n\n👉 the rest of a long post that continues well past the excerpt`;
    await db.post.update({ where: { id: t.posts[0].id }, data: { body } });
    const page = await list({ post: t.posts[0].id });
    const report = await getSentimentReport({
      db,
      workspaceId: t.workspace.id,
      ref: t.brand.slug,
      now: NOW,
      query: { from: "2030-03-10", to: "2030-03-12" },
    });
    const fromReport = report.most_discussed.find((p) => p.post_id === t.posts[0].id)!.excerpt;
    for (const excerpt of [page.comments[0].post.excerpt, fromReport]) {
      expect(excerpt).toBe(`${"Word ".repeat(27)}xy…`);
    }
  });

  it("a comment marked handled leaves the unanswered list until it is reopened; once per change in the log", async () => {
    const actor = { workspaceId: t.workspace.id, userId: null, label: "lead@example.com", name: "Lena" };
    const waiting = async () => (await list({ limit: "100", answered: "no" })).comments.map((c) => c.id);
    const [first] = await waiting();
    const mark = (handled: boolean, who = actor) =>
      markHandled({ db, actor: who, now: NOW, commentId: first, handled });
    expect(await mark(true)).toEqual({ id: first, handled_at: NOW, handled_by: "Lena" });
    expect(await waiting()).not.toContain(first);
    const shown = (await list({ limit: "100" })).comments.find((c) => c.id === first);
    expect(shown).toMatchObject({ handled_at: NOW, handled_by: "Lena" });
    // Marked again (a second tab): the first mark stays, and the log says it once.
    expect((await mark(true, { ...actor, name: "Other" })).handled_by).toBe("Lena");
    const logged = () => db.auditEvent.count({ where: { entityId: first, action: "comment.handled" } });
    expect(await logged()).toBe(1);
    expect(await mark(false)).toEqual({ id: first, handled_at: null, handled_by: null });
    expect(await waiting()).toContain(first);
    const other = await seedTenant(db);
    const stranger = { workspaceId: other.workspace.id, userId: null, label: "x@example.com", name: "X" };
    await expect(mark(true, stranger)).rejects.toMatchObject({ code: "not_found" });
    expect(await waiting()).toContain(first);
  });

  it("never shows another tenant's comments", async () => {
    const other = await seedTenant(db);
    await expect(
      listSocialComments({ db, workspaceId: other.workspace.id, ref: t.brand.slug, now: NOW, query: query({}) }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
