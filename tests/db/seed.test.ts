import { describe, expect, it } from "vitest";
import { seedDemo } from "@/scripts/lib/seed/seed-demo";
import { getTestDb } from "../setup/db";

describe("seedDemo", () => {
  it("creates the demo workspace once, with a login, a month of posts, a published past and learned weights", async () => {
    const { db } = await getTestDb();
    const now = new Date("2026-11-23T10:00:00Z");
    expect((await seedDemo({ db, now, withLogin: true })).created).toBe(true);
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const brand = await db.brand.findFirstOrThrow({ where: { workspaceId: ws.id } });
    expect(await db.post.count({ where: { brandId: brand.id } })).toBe(90);
    expect(await db.post.count({ where: { brandId: brand.id, status: "published" } })).toBe(22 * 3);
    expect(await db.metricSnapshot.count()).toBe(22 * 3);
    expect(await db.post.count({ where: { brandId: brand.id, status: "approved" } })).toBe(7 * 3);
    expect((await db.brand.findUniqueOrThrow({ where: { id: brand.id } })).learning).toMatchObject({ samples: 66 });
    const counts = [await db.user.count(), await db.post.count(), await db.publication.count()];
    expect((await seedDemo({ db, now, withLogin: true })).created).toBe(false);
    expect([await db.user.count(), await db.post.count(), await db.publication.count()]).toEqual(counts);
  });
});
