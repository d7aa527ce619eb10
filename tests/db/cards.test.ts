import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { resetDb } from "../setup/db";
import { seedTenant, type Tenant } from "./support/tenant-fixture";
import * as brandRoute from "@/app/api/brands/[brand]/route";
import * as brandMedia from "@/app/api/brands/[brand]/media/route";
import * as card from "@/app/api/posts/[id]/card/route";
import * as extras from "@/app/api/posts/[id]/extras/route";

let db: Db;
let t: Tenant;
let other: Tenant;
const mediaDir = mkdtempSync(path.join(tmpdir(), "cards-test-"));

beforeAll(async () => {
  db = await useRouteEnv({ MEDIA_DIR: mediaDir });
});
beforeEach(async () => {
  await resetDb(db);
  t = await seedTenant(db);
  other = await seedTenant(db);
});
afterAll(() => {
  delete process.env.MEDIA_DIR;
});

const postOf = (platform: "linkedin" | "facebook" | "x", as = t) =>
  db.post.findFirstOrThrow({ where: { brandId: as.brand.id, platform }, orderBy: { date: "asc" } });
const generate = (id: string, body: unknown, as = t) =>
  callRoute(card.POST, { method: "POST", userId: as.users.editor, params: { id }, body });
const storedBytes = async (mediaId: string) => {
  const m = await db.media.findUniqueOrThrow({ where: { id: mediaId } });
  return sharp(path.join(mediaDir, ...m.storageKey.split("/")));
};
const pixel = async (img: ReturnType<typeof sharp>, x: number, y: number) => {
  const { data, info } = await img.clone().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[0, 1, 2].map((c) => data[at + c]!.toString(16).padStart(2, "0")).join("")}`;
};
const patchBrand = (body: unknown, as = t) =>
  callRoute(brandRoute.PATCH, { method: "PATCH", userId: as.users.editor, params: { brand: as.brand.slug }, body });

/** A plain red square, easy to find in the rendered card. */
const uploadLogo = async () =>
  callRoute(brandMedia.POST, {
    method: "POST",
    userId: t.users.editor,
    params: { brand: t.brand.slug },
    path: `/api/brands/${t.brand.slug}/media?filename=logo.png`,
    bytes: await sharp({ create: { width: 120, height: 120, channels: 3, background: "#ff0000" } })
      .png()
      .toBuffer(),
  });

describe("brand visuals in the brief", () => {
  it("stores validated colors and a logo from the brand's own library, and refuses anything else", async () => {
    const logo = await uploadLogo();
    expect(logo.status, logo.text).toBe(201);
    const ok = await patchBrand({ primary_color: "#0A3", accent_color: "#f59e0b", logo_media_id: logo.json.id });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json).toMatchObject({ primary_color: "#00aa33", accent_color: "#f59e0b", logo_media_id: logo.json.id });

    const bad = await patchBrand({ primary_color: "blue" });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details[0].path).toBe("primary_color");
    const foreignLogo = await patchBrand({ logo_media_id: logo.json.id }, other);
    expect(foreignLogo.status).toBe(422);
    expect(foreignLogo.json.error.details[0].path).toBe("logo_media_id");
    expect((await db.brand.findUniqueOrThrow({ where: { id: other.brand.id } })).logoMediaId).toBeNull();
  });
});

describe("POST /api/posts/{id}/card", () => {
  it("renders the card at the network's size in the brand's colors, stores it in the library and attaches it", async () => {
    await patchBrand({ primary_color: "#1d4ed8", accent_color: "#f59e0b" });
    for (const [platform, size] of [
      ["linkedin", [1200, 627]],
      ["facebook", [1200, 630]],
      ["x", [1600, 900]],
    ] as const) {
      const post = await postOf(platform);
      const res = await generate(post.id, { version: post.version });
      expect(res.status, res.text).toBe(201);
      expect(res.json).toMatchObject({ kind: "card", fallback_reason: null });
      expect(res.json.media).toMatchObject({ mime_type: "image/png", width: size[0], height: size[1] });
      expect(res.json.post.media_ids).toEqual([res.json.media.id]);
      expect(res.json.post.version).toBe(post.version + 1);
      const row = await db.post.findUniqueOrThrow({ where: { id: post.id } });
      expect(row.mediaIds).toEqual([res.json.media.id]);
      const img = await storedBytes(res.json.media.id);
      expect(await img.metadata()).toMatchObject({ width: size[0], height: size[1], format: "png" });
      expect(await pixel(img, 4, size[1] - 4)).toBe("#1d4ed8");
    }
    const listed = await callRoute(brandMedia.GET, { userId: t.users.viewer, params: { brand: t.brand.slug } });
    expect(listed.json.media.map((m: { filename: string }) => m.filename).sort()).toEqual([
      expect.stringMatching(/^card-facebook-\d{4}-\d{2}-\d{2}\.png$/),
      expect.stringMatching(/^card-linkedin-/),
      expect.stringMatching(/^card-x-/),
    ]);
  });

  it("adds the card after the post's images, and refuses when the network's limit is reached", async () => {
    const x = await postOf("x");
    const first = await generate(x.id, { version: x.version });
    const second = await generate(x.id, { version: x.version + 1 });
    expect(second.status, second.text).toBe(201);
    expect(second.json.post.media_ids).toEqual([first.json.media.id, second.json.media.id]);

    const linkedin = await postOf("linkedin");
    const one = await generate(linkedin.id, { version: linkedin.version });
    expect(one.status).toBe(201);
    const full = await generate(linkedin.id, { version: linkedin.version + 1 });
    expect(full.status).toBe(422);
    expect(full.json.error.message).toMatch(/already has its image/);
    expect(await db.media.count({ where: { brandId: t.brand.id } })).toBe(3);
  });

  it("refuses another tenant's post, stale versions and bad input, and changes nothing", async () => {
    const post = await postOf("facebook");
    const foreign = await generate(post.id, { version: post.version }, other);
    expect(foreign.status).toBe(404);
    for (const body of [{}, { version: "1" }, { version: 0 }, { version: post.version, kind: "video" }, [1]]) {
      const res = await generate(post.id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error.code).toBe("validation_error");
    }
    const malformed = await callRoute(card.POST, {
      method: "POST",
      userId: t.users.editor,
      params: { id: post.id },
      rawBody: "{",
    });
    expect(malformed.status).toBe(400);
    const stale = await generate(post.id, { version: post.version + 5 });
    expect(stale.status).toBe(409);
    const viewer = await callRoute(card.POST, {
      method: "POST",
      userId: t.users.viewer,
      params: { id: post.id },
      body: { version: post.version },
    });
    expect(viewer.status).toBe(403);
    expect(await db.media.count()).toBe(0);
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).version).toBe(post.version);
  });

  it("asked for an illustration without an image model, makes the card and says why", async () => {
    const post = await postOf("linkedin");
    const res = await generate(post.id, { version: post.version, kind: "illustration" });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ kind: "card", fallback_reason: "no_image_model" });
  });

  it("draws the brand's logo on the card, and a card still renders once the logo left the library", async () => {
    const upload = await uploadLogo();
    await patchBrand({ primary_color: "#111827", logo_media_id: upload.json.id });
    const post = await postOf("facebook");
    const res = await generate(post.id, { version: post.version });
    expect(res.status, res.text).toBe(201);
    const img = await storedBytes(res.json.media.id);
    // The logo sits at the foot, left: 72 px in, 64 px tall, its image 80% of that.
    const { data, info } = await img.clone().raw().toBuffer({ resolveWithObject: true });
    let red = 0;
    for (let y = 470; y < 630; y++)
      for (let x = 72; x < 140; x++) {
        const at = (y * info.width + x) * info.channels;
        if (data[at]! > 200 && data[at + 1]! < 60 && data[at + 2]! < 60) red++;
      }
    expect(red).toBeGreaterThan(1000);

    await db.media.update({ where: { id: upload.json.id }, data: { archivedAt: new Date() } });
    // The brief, sent back as the form holds it, still saves.
    expect((await patchBrand({ tone: "warm", logo_media_id: upload.json.id })).status).toBe(200);
    const next = await postOf("linkedin");
    expect((await generate(next.id, { version: next.version })).status).toBe(201);
    // Editing the images later works on the card like on any upload.
    const detach = await callRoute(extras.PUT, {
      method: "PUT",
      userId: t.users.editor,
      params: { id: post.id },
      body: { version: post.version + 1, media_ids: [] },
    });
    expect(detach.status, detach.text).toBe(200);
  });
});
