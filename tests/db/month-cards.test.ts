import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { CARD_SIZES } from "@/lib/media/card-layout";
import { attachRequestedCards, countRequestedCards, requestCards } from "@/lib/media/attach-requested-cards";
import { localStorage } from "@/lib/media/storage";
import { kickCardDrain } from "@/lib/wiring/card-drain";
import { callRoute } from "./support/call-route";
import { mediaRow } from "./support/media-row";
import { useRouteEnv } from "./support/route-env";
import { resetDb } from "../setup/db";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";
import * as generate from "@/app/api/strategy/generate/route";
import * as progress from "@/app/api/brands/[brand]/cards/route";
import * as extras from "@/app/api/posts/[id]/extras/route";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
const mediaDir = mkdtempSync(path.join(tmpdir(), "month-cards-test-"));

beforeAll(async () => {
  db = await useRouteEnv({ MEDIA_DIR: mediaDir });
});
beforeEach(async () => {
  await resetDb(db);
  ws = await seedWorkspace(db);
});
afterAll(() => {
  delete process.env.MEDIA_DIR;
});

const run = (body: unknown) =>
  callRoute(generate.POST, { method: "POST", token: ws.tokens.editor, path: "/api/strategy/generate", body });
const pending = async (brand: string) =>
  (await callRoute(progress.GET, { token: ws.tokens.viewer, params: { brand } })).json.pending as number;

describe("generating a month with attach_cards", () => {
  it("answers at once, then gives every new post its card in the background, visible as progress", async () => {
    const started = Date.now();
    const res = await run({ ...BRIEF, duration_days: 3, attach_cards: true });
    expect(res.status, res.text).toBe(201);
    expect(res.json.cards_requested).toBe(9);
    expect(res.json.posts.every((p: { media_ids: string[] }) => p.media_ids.length === 0)).toBe(true);
    // The answer does not wait for nine renders.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(await pending("acme-analytics")).toBeGreaterThan(0);

    const t0 = performance.now();
    await kickCardDrain(db, ws.workspace.id, res.json.brand_id);
    const perCard = (performance.now() - t0) / 9;
    console.log(`[month-cards] ${perCard.toFixed(0)} ms per card (render, store, attach)`);
    expect(await pending("acme-analytics")).toBe(0);

    const posts = await db.post.findMany({ where: { planId: res.json.plan.id } });
    expect(posts).toHaveLength(9);
    for (const p of posts) {
      expect(p.mediaIds).toHaveLength(1);
      expect(p.cardRequestedAt).toBeNull();
      // A card is not a person's work: regenerating may still replace the post.
      expect(p.humanTouchedAt).toBeNull();
      expect(p.version).toBe(2);
      const media = await db.media.findUniqueOrThrow({ where: { id: p.mediaIds[0]! } });
      const size = CARD_SIZES[p.platform as keyof typeof CARD_SIZES];
      expect([media.width, media.height, media.mimeType]).toEqual([size.width, size.height, "image/png"]);
    }
    expect(await db.auditEvent.count({ where: { action: "post.card" } })).toBe(9);
    // One event per card, not two: the post.card event names its image.
    expect(await db.auditEvent.count({ where: { action: "media.upload" } })).toBe(0);
  }, 120_000);

  it("is off by default: the original body is still valid and asks for no card; a non-boolean is a 422", async () => {
    const res = await run({ ...BRIEF, duration_days: 2 });
    expect(res.status, res.text).toBe(201);
    expect(res.json.cards_requested).toBe(0);
    expect(await db.post.count({ where: { cardRequestedAt: { not: null } } })).toBe(0);
    const bad = await run({ ...BRIEF, duration_days: 2, attach_cards: "yes" });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details[0].path).toBe("attach_cards");
  });

  it("leaves a post that got an image meanwhile as it is, and two drains never make a card twice", async () => {
    const res = await run({ ...BRIEF, duration_days: 1 });
    const plan = res.json.plan.id as string;
    const brandId = res.json.brand_id as string;
    expect(await requestCards(db, plan, new Date())).toBe(3);
    const [first] = await db.post.findMany({ where: { planId: plan }, orderBy: { platform: "asc" } });
    const own = await mediaRow(db, { workspaceId: ws.workspace.id, brandId: brandId });
    const attach = await callRoute(extras.PUT, {
      method: "PUT",
      token: ws.tokens.editor,
      params: { id: first!.id },
      body: { version: first!.version, media_ids: [own.id] },
    });
    expect(attach.status, attach.text).toBe(200);

    const storage = localStorage(mediaDir);
    const drain = () =>
      attachRequestedCards({
        db,
        storage,
        workspaceId: ws.workspace.id,
        brandId,
        clock: () => new Date(),
        deadline: new Date(Date.now() + 60_000),
      });
    const [a, b] = await Promise.all([drain(), drain()]);
    expect(a.attached + b.attached).toBe(2);
    expect((await db.post.findUniqueOrThrow({ where: { id: first!.id } })).mediaIds).toEqual([own.id]);
    expect(await db.media.count({ where: { brandId, filename: { startsWith: "card-" } } })).toBe(2);
    // every request ended, the one that needed no card included
    expect((await countRequestedCards(db, ws.workspace.id, brandId)).pending).toBe(0);
  }, 120_000);

  it("counts a card being made until it is attached, and makes the card of a drain that died once its claim ran out", async () => {
    const res = await run({ ...BRIEF, duration_days: 1 });
    const brandId = res.json.brand_id as string;
    const now = Date.now();
    expect(await requestCards(db, res.json.plan.id, new Date(now))).toBe(3);
    const [claimed] = await db.post.findMany({ where: { planId: res.json.plan.id }, orderBy: { platform: "asc" } });
    // What a drain that died while rendering leaves: its claim, a minute ahead.
    await db.post.update({ where: { id: claimed!.id }, data: { cardRequestedAt: new Date(now + 60_000) } });
    const drain = (at: number) =>
      attachRequestedCards({
        db,
        storage: localStorage(mediaDir),
        workspaceId: ws.workspace.id,
        brandId,
        clock: () => new Date(at),
        deadline: new Date(at + 60_000),
      });
    expect((await drain(now + 1_000)).attached).toBe(2);
    expect((await countRequestedCards(db, ws.workspace.id, brandId)).pending).toBe(1);
    expect((await db.post.findUniqueOrThrow({ where: { id: claimed!.id } })).mediaIds).toEqual([]);
    expect((await drain(now + 61_000)).attached).toBe(1);
    expect((await countRequestedCards(db, ws.workspace.id, brandId)).pending).toBe(0);
    expect((await db.post.findUniqueOrThrow({ where: { id: claimed!.id } })).mediaIds).toHaveLength(1);
  }, 120_000);
});
