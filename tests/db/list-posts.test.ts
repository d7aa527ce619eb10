import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { listPosts } from "@/lib/plans/list-posts";
import { postDto } from "@/lib/plans/post-dto";
import { addDays } from "@/lib/dates/days";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, FIXTURE_DAY, type Tenant } from "./support/tenant-fixture";

let db: Db;
let t: Tenant;

beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db);
});

describe("listPosts (one SQL statement)", () => {
  it("returns what the ORM reads: every field, the ledger state, comment counts, without archived posts", async () => {
    const [published, commented, archived] = t.posts;
    await db.publication.create({
      data: {
        postId: published.id,
        brandId: t.brand.id,
        platform: published.platform,
        date: published.date,
        state: "published",
        contentHash: published.contentHash,
        remoteId: "urn:li:share:1",
        remoteUrl: "https://example.com/p/1",
        lastError: "a note",
      },
    });
    await db.postComment.createMany({
      data: [1, 2].map((n) => ({
        workspaceId: t.workspace.id,
        postId: commented.id,
        authorLabel: "Ada",
        body: `comment ${n}`,
      })),
    });
    await db.post.update({
      where: { id: commented.id },
      data: { suggestion: { body: "a timely variant" }, signalIds: ["s1"] },
    });
    await db.post.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const to = addDays(FIXTURE_DAY, 2);
    const listed = await listPosts({ db, workspaceId: t.workspace.id, ref: t.brand.slug, from: FIXTURE_DAY, to });
    const viaOrm = await db.post.findMany({
      where: { brandId: t.brand.id, archivedAt: null },
      include: { publication: true, _count: { select: { comments: true } } },
      orderBy: [{ date: "asc" }, { platform: "asc" }],
    });
    expect(viaOrm.length).toBe(t.posts.length - 1);
    expect(listed.posts).toEqual(viaOrm.map((p) => postDto(p, t.brand.timezone)));
    const byId = new Map(listed.posts.map((p) => [p.id, p]));
    expect(byId.get(published.id)!.publication).toMatchObject({ state: "published", remote_id: "urn:li:share:1" });
    expect(byId.get(commented.id)!.comment_count).toBe(2);
    expect(byId.has(archived.id)).toBe(false);
  });

  it("keeps to the requested days", async () => {
    const one = await listPosts({
      db,
      workspaceId: t.workspace.id,
      ref: t.brand.slug,
      from: FIXTURE_DAY,
      to: FIXTURE_DAY,
    });
    expect(one.posts.length).toBeGreaterThan(0);
    expect(new Set(one.posts.map((p) => p.date))).toEqual(new Set([FIXTURE_DAY]));
  });
});
