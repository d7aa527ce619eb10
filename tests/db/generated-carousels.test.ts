import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { requestCards } from "@/lib/media/attach-requested-cards";
import { briefFromBrand } from "@/lib/plans/brief-from-brand";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { regeneratePost } from "@/lib/plans/regenerate-post";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { runScheduledJob } from "@/lib/wiring/scheduler-deps";
import { callRoute } from "./support/call-route";
import { mediaRow } from "./support/media-row";
import { useRouteEnv } from "./support/route-env";
import { resetDb } from "../setup/db";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";
import { seedPublishing } from "./support/orchestration";
import * as generate from "@/app/api/strategy/generate/route";
import * as undo from "@/app/api/undo/route";
import * as restore from "@/app/api/posts/[id]/restore/route";
import * as card from "@/app/api/posts/[id]/card/route";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  db = await useRouteEnv({ MEDIA_DIR: mkdtempSync(path.join(tmpdir(), "generated-carousels-")) });
});
beforeEach(async () => {
  await resetDb(db);
  ws = await seedWorkspace(db);
});

const month = async (platforms = ["linkedin", "x"]) => {
  const res = await callRoute(generate.POST, {
    method: "POST",
    token: ws.tokens.editor,
    path: "/api/strategy/generate",
    body: { ...BRIEF, platforms },
  });
  expect(res.status, res.text).toBe(201);
  return res.json as { plan: { id: string }; brand_id: string; posts: { id: string; slides: string[] }[] };
};
const actor = () => ({ workspaceId: ws.workspace.id, userId: ws.users.editor, label: "editor" });
const fresh = (id: string) => db.post.findUniqueOrThrow({ where: { id } });

/** Regenerates until `want` holds (each call is a new variation): the post, the state that change replaced, and its id. */
async function regenerateUntil(id: string, want: (p: Awaited<ReturnType<typeof fresh>>) => boolean) {
  for (let i = 0; i < 40; i++) {
    const before = await fresh(id);
    const res = await regeneratePost({
      db,
      actor: actor(),
      id,
      version: before.version,
      replace: true,
      now: new Date(),
    });
    const after = await fresh(id);
    if (want(after)) return { post: after, before, changeId: res.change_id };
  }
  throw new Error("no variation had the wanted shape in 40 regenerates");
}

describe("generated carousels are slides on the post", () => {
  it("a generated month stores each LinkedIn carousel's slides, and the text only introduces them", async () => {
    const res = await month();
    const brand = await db.brand.findUniqueOrThrow({ where: { id: res.brand_id } });
    const planned = generatePlan({
      brief: briefFromBrand(brand),
      startDate: BRIEF.start_date,
      durationDays: BRIEF.duration_days,
      networks: ["linkedin", "x"],
      seed: BRIEF.seed,
    });
    const posts = await db.post.findMany({ where: { planId: res.plan.id } });
    expect(posts).toHaveLength(62);
    let carousels = 0;
    for (const p of posts) {
      const twin = planned.posts.find((q) => q.network === p.platform && q.date === p.date.toISOString().slice(0, 10))!;
      expect(p.format).toBe(twin.format);
      expect(p.slides).toEqual(twin.slides ?? []);
      if (p.format === "carousel_outline") {
        carousels++;
        expect(p.slides.length).toBeGreaterThanOrEqual(3);
        expect(p.body).not.toMatch(/Slide \d+ —/);
        expect(p.body).toContain("swipe through the document below");
      }
      if (p.platform === "x") expect(p.slides).toEqual([]);
    }
    expect(carousels).toBeGreaterThan(0);
    // The answer shows them as the calendar will.
    const carousel = posts.find((p) => p.slides.length)!;
    expect(res.posts.find((p) => p.id === carousel.id)!.slides).toEqual(carousel.slides);
  });

  it("regenerating replaces the slides and thread parts with the new text's, and Undo and Restore bring them back", async () => {
    const res = await month();
    const posts = await db.post.findMany({ where: { planId: res.plan.id }, orderBy: { date: "asc" } });
    const original = posts.find((p) => p.slides.length)!;

    const plain = await regenerateUntil(original.id, (p) => p.format !== "carousel_outline");
    expect(plain.post.slides).toEqual([]);
    const undone = await callRoute(undo.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { change_id: plain.changeId },
    });
    expect(undone.status, undone.text).toBe(200);
    const back = await fresh(original.id);
    expect(back).toMatchObject({ format: plain.before.format, body: plain.before.body, slides: plain.before.slides });
    // every variation before the plain one was a carousel: Undo puts its slides back
    expect(back.format).toBe("carousel_outline");
    expect(back.slides.length).toBeGreaterThanOrEqual(3);

    const other = await regenerateUntil(
      original.id,
      (p) => p.format === "carousel_outline" && p.body !== original.body,
    );
    expect(other.post.slides.length).toBeGreaterThanOrEqual(3);
    const first = await db.postVersion.findFirstOrThrow({ where: { postId: original.id, version: 1 } });
    const restored = await callRoute(restore.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: original.id },
      body: { version_id: first.id, version: other.post.version },
    });
    expect(restored.status, restored.text).toBe(200);
    expect(restored.json.slides).toEqual(original.slides);
    expect((await fresh(original.id)).slides).toEqual(original.slides);

    // An X thread: a single tweet regenerated from it has no parts left over, and a new thread starts with its body.
    const thread = posts.find((p) => p.platform === "x" && p.parts.length > 1)!;
    const single = await regenerateUntil(thread.id, (p) => p.format === "single");
    expect(single.post.parts).toEqual([]);
    const again = await regenerateUntil(thread.id, (p) => p.format === "thread");
    expect(again.post.parts.length).toBeGreaterThan(1);
    expect(again.post.parts[0]).toBe(again.post.body);
    expect(again.post.parts[0]).toContain(again.post.link!);
  });

  it("a LinkedIn post keeping its image is never regenerated into a carousel", async () => {
    const res = await month(["linkedin"]);
    const post = (await db.post.findMany({ where: { planId: res.plan.id }, orderBy: { date: "asc" } })).find(
      (p) => !p.slides.length,
    )!;
    const image = await mediaRow(db, { workspaceId: ws.workspace.id, brandId: res.brand_id });
    await db.post.update({ where: { id: post.id }, data: { mediaIds: [image.id] } });
    for (let i = 0; i < 15; i++) {
      const { version } = await fresh(post.id);
      await regeneratePost({ db, actor: actor(), id: post.id, version, replace: true, now: new Date() });
      const after = await fresh(post.id);
      expect(after.format).not.toBe("carousel_outline");
      expect(after).toMatchObject({ slides: [], mediaIds: [image.id] });
    }
  });

  it("a LinkedIn carousel gets no card: its document is its one media", async () => {
    const res = await month(["linkedin"]);
    const posts = await db.post.findMany({ where: { planId: res.plan.id } });
    const carousels = posts.filter((p) => p.slides.length);
    expect(await requestCards(db, res.plan.id, new Date())).toBe(posts.length - carousels.length);
    expect(
      await db.post.count({ where: { id: { in: carousels.map((p) => p.id) }, cardRequestedAt: { not: null } } }),
    ).toBe(0);

    const made = await callRoute(card.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: carousels[0]!.id },
      body: { version: carousels[0]!.version },
    });
    expect(made.status).toBe(422);
    expect(made.json.error.message).toMatch(/LinkedIn carousel is its document/);
    expect(await db.media.count({ where: { brandId: res.brand_id } })).toBe(0);
  });

  it("a demo brand without a connection publishes its carousel through the sandbox, document and all", async () => {
    const { brand } = await seedPublishing(db, { connect: false });
    const today = await db.post.findFirstOrThrow({
      where: { brandId: brand.id, platform: "linkedin", status: "approved" },
    });
    const plan = generatePlan({
      brief: briefFromBrand(brand),
      startDate: "2030-01-01",
      durationDays: 14,
      networks: ["linkedin"],
      seed: 3,
    });
    const slides = plan.posts.find((p) => p.slides)!.slides!;
    await db.post.update({
      where: { id: today.id },
      data: { slides, format: "carousel_outline", scheduledAt: new Date(Date.now() - 60_000) },
    });
    await runScheduledJob(db, "publish", { at: new Date(), source: "cron" });
    const ledger = await db.publication.findUniqueOrThrow({ where: { postId: today.id }, include: { steps: true } });
    expect(ledger.state, ledger.lastError ?? "").toBe("published");
    expect(ledger.steps.map((s) => [s.kind, s.remoteId.replace(/[0-9a-f]{12}$/, "…")])).toEqual(
      expect.arrayContaining([["document", "sandbox_document_…"]]),
    );
  });

  it("a month written by the AI writer keeps the template's slides", async () => {
    const res = await month(["linkedin"]);
    const brand = await db.brand.findUniqueOrThrow({ where: { id: res.brand_id } });
    const seen: (string[] | undefined)[] = [];
    let n = 0;
    const written = await createPlanForBrand({
      db,
      actor: actor(),
      brand,
      startDate: BRIEF.start_date,
      durationDays: 14,
      networks: ["linkedin"],
      seed: BRIEF.seed,
      now: new Date(),
      replace: "all",
      writer: async ({ slot }) => {
        seen.push(slot.slides);
        return { ok: true, body: `Our take number ${++n}: the document below says it all. ${slot.link ?? ""}` };
      },
    });
    const posts = await db.post.findMany({ where: { planId: written.plan.id } });
    const carousels = posts.filter((p) => p.format === "carousel_outline");
    expect(carousels.length).toBeGreaterThan(0);
    for (const p of carousels) {
      expect(p.writer).toBe("ai");
      expect(p.body).toMatch(/^Our take number/);
      expect(p.slides.length).toBeGreaterThanOrEqual(3);
    }
    expect(seen.filter(Boolean)).toHaveLength(carousels.length);
  });
});
