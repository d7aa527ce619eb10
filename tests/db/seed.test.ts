import { describe, expect, it } from "vitest";
import { seedDemo } from "@/scripts/lib/seed/seed-demo";
import { getTestDb, resetDb } from "../setup/db";

describe("seedDemo", () => {
  it("creates the demo workspace once, with a login, a month of posts, a published past and learned weights", async () => {
    const { db } = await getTestDb();
    const now = new Date("2026-11-23T10:00:00Z");
    expect((await seedDemo({ db, now, withLogin: true })).created).toBe(true);
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const brand = await db.brand.findFirstOrThrow({ where: { workspaceId: ws.id } });
    // October (31 days, all past) and November (30 days, 22 of them past), three networks a day.
    expect(await db.post.count({ where: { brandId: brand.id } })).toBe((31 + 30) * 3);
    expect(await db.post.count({ where: { brandId: brand.id, status: "published" } })).toBe((31 + 22) * 3);
    expect(await db.metricSnapshot.count()).toBe((31 + 22) * 3);
    // the sandbox's comments under the published past, heard with their sentiment
    const heard = await db.socialComment.groupBy({ by: ["sentiment"], where: { brandId: brand.id }, _count: true });
    expect(heard.map((h) => h.sentiment).sort()).toEqual(["negative", "neutral", "positive"]);
    expect(await db.post.count({ where: { brandId: brand.id, status: "approved" } })).toBe(7 * 3);
    expect((await db.brand.findUniqueOrThrow({ where: { id: brand.id } })).learning).toMatchObject({
      samples: (31 + 22) * 3,
    });
    // Every published thread and carousel has its parts and uploads confirmed, as the run board lists them.
    const inParts = await db.publication.findMany({
      where: {
        brandId: brand.id,
        OR: [{ post: { parts: { isEmpty: false } } }, { post: { slides: { isEmpty: false } } }],
      },
      include: { post: true, steps: true },
    });
    expect(inParts.some((p) => p.platform === "x")).toBe(true);
    for (const pub of inParts) {
      const { parts, slides } = pub.post;
      const expected = pub.platform === "x" ? parts.length : 1 + (pub.platform === "linkedin" ? 1 : slides.length);
      expect(pub.steps.length, `${pub.platform} ${pub.date.toISOString()}`).toBe(expected);
      expect(pub.steps.find((s) => s.kind === "part" && s.index === 0)?.remoteId).toBe(pub.remoteId);
    }
    const counts = [await db.user.count(), await db.post.count(), await db.publication.count()];
    expect((await seedDemo({ db, now, withLogin: true })).created).toBe(false);
    expect([await db.user.count(), await db.post.count(), await db.publication.count()]).toEqual(counts);
    // two months planned, published and learned from: over 30 s on a busy machine
  }, 120_000);

  it("on the 1st of a month (in January), learns from last month's results", async () => {
    const { db } = await getTestDb();
    await resetDb(db);
    await seedDemo({ db, now: new Date("2027-01-01T10:00:00Z"), withLogin: false });
    const brand = await db.brand.findFirstOrThrow({ where: { workspace: { slug: "demo" } } });
    expect(
      await db.post.count({ where: { brandId: brand.id, status: "published", date: { lt: new Date("2027-01-01") } } }),
    ).toBe(31 * 3);
    expect((await db.brand.findUniqueOrThrow({ where: { id: brand.id } })).learning).toMatchObject({ samples: 31 * 3 });
  });
});
