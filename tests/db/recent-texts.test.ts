// A new plan keeps clear of every text its brand's accounts carry (X and Facebook refuse a repeat), including
// the posts of another brand of the workspace that publishes to the same account.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { saveVerifiedConnection } from "@/lib/connections/save-verified-connection";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { regeneratePost } from "@/lib/plans/regenerate-post";
import { resetDb } from "../setup/db";
import { useRouteEnv } from "./support/route-env";
import { ACCOUNTS, brandRow } from "./support/orchestration";
import { FAKE_TOKENS } from "../fakes/start-fakes";

let db: Db;
beforeAll(async () => {
  db = await useRouteEnv();
});
beforeEach(async () => resetDb(db));

const now = new Date("2026-12-01T00:00:00Z");

async function brandOnSharedX(workspaceId: string, name: string) {
  const brand = await db.brand.create({ data: brandRow(workspaceId, name) });
  await saveVerifiedConnection({
    db,
    actor: { workspaceId, userId: null, label: "test" },
    brandId: brand.id,
    platform: "x",
    identity: { accountId: ACCOUNTS.x, displayName: "One shared X account", handle: null, avatarUrl: null },
    tokens: { accessToken: FAKE_TOKENS.x, refreshToken: null, expiresAt: null },
    keyRing: keyRingFromEnv(),
    now,
    via: "token",
  });
  return brand;
}

const textsOf = async (brandId: string, from: string, to: string) =>
  (
    await db.post.findMany({
      where: {
        brandId,
        archivedAt: null,
        date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
      },
    })
  ).flatMap((p) => [p.body, ...p.parts]);

describe("a new plan and a new variation", () => {
  it("repeat no text of the brand's last months, nor of another brand on the same account", async () => {
    const ws = await db.workspace.create({ data: { slug: "shared-x", name: "Shared X" } });
    const actor = { workspaceId: ws.id, userId: null, label: "test" };
    const a = await brandOnSharedX(ws.id, "Alpha");
    const b = await brandOnSharedX(ws.id, "Beta");
    const month = (brand: typeof a, startDate: string, seed: number) =>
      createPlanForBrand({ db, actor, brand, startDate, durationDays: 28, networks: ["x"], seed, now });

    await month(a, "2027-01-01", 1);
    await month(a, "2027-02-01", 2);
    await month(b, "2027-02-01", 3);
    const january = await textsOf(a.id, "2027-01-01", "2027-01-28");
    const alphaFebruary = await textsOf(a.id, "2027-02-01", "2027-02-28");
    const betaFebruary = await textsOf(b.id, "2027-02-01", "2027-02-28");
    expect(alphaFebruary.filter((t) => january.includes(t))).toEqual([]);
    expect(betaFebruary.filter((t) => [...january, ...alphaFebruary].includes(t))).toEqual([]);

    const threads = await db.post.findMany({ where: { brandId: b.id, archivedAt: null, format: "thread" } });
    expect(threads.length).toBeGreaterThan(0);
    for (const post of threads.slice(0, 3)) {
      const next = await regeneratePost({ db, actor, id: post.id, now });
      const texts = [next.body, ...next.parts];
      expect(texts.filter((t) => [...january, ...alphaFebruary].includes(t))).toEqual([]);
    }
  });
});
