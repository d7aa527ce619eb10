import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { startImagesFake } from "../fakes/openai-images-fake";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { resetDb } from "../setup/db";
import { seedTenant, type Tenant } from "./support/tenant-fixture";
import * as card from "@/app/api/posts/[id]/card/route";
import { createCard } from "@/lib/media/create-card";
import { mediaStorageFromEnv } from "@/lib/wiring/media-storage";

const KEY = "sk-images-test";
let db: Db;
let t: Tenant;
let fake: Awaited<ReturnType<typeof startImagesFake>>;
const mediaDir = mkdtempSync(path.join(tmpdir(), "illustration-test-"));

beforeAll(async () => {
  fake = await startImagesFake(KEY);
  // The fake listens on loopback, which the outbound guard refuses unless it is the configured AI host.
  db = await useRouteEnv({
    MEDIA_DIR: mediaDir,
    AI_BASE_URL: fake.baseUrl,
    AI_API_KEY: KEY,
    AI_IMAGE_MODEL: "gpt-image-1",
  });
});
beforeEach(async () => {
  await resetDb(db);
  t = await seedTenant(db);
  fake.state.mode = "ok";
  fake.state.requests.length = 0;
});
afterAll(async () => {
  await fake.close();
  for (const k of ["MEDIA_DIR", "AI_BASE_URL", "AI_API_KEY", "AI_IMAGE_MODEL"]) delete process.env[k];
});

const illustrate = async (platform: "linkedin" | "x") => {
  const post = await db.post.findFirstOrThrow({ where: { brandId: t.brand.id, platform } });
  return callRoute(card.POST, {
    method: "POST",
    userId: t.users.editor,
    params: { id: post.id },
    body: { version: post.version, kind: "illustration" },
  });
};

describe("Generate an illustration (AI_IMAGE_MODEL)", () => {
  it("calls POST /v1/images/generations with the model, a prompt, a size and b64_json, and attaches the image at the network's size", async () => {
    const res = await illustrate("x");
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ kind: "illustration", fallback_reason: null });
    expect(res.json.media).toMatchObject({ mime_type: "image/png", width: 1600, height: 900 });
    expect(res.json.media.filename).toMatch(/^illustration-x-/);
    expect(fake.state.requests).toHaveLength(1);
    const [sent] = fake.state.requests;
    expect(sent!.auth).toBe(`Bearer ${KEY}`);
    expect(sent!.body).toMatchObject({ model: "gpt-image-1", size: "1536x1024", response_format: "b64_json", n: 1 });
    expect(sent!.body.prompt).toContain(t.brand.name);
    expect(sent!.body.prompt).toMatch(/no text/);
    // The fake paints the whole image one green; the stored image is that, cropped, not a card.
    const row = await db.media.findUniqueOrThrow({ where: { id: res.json.media.id } });
    const stats = await sharp(path.join(mediaDir, ...row.storageKey.split("/"))).stats();
    expect(stats.channels.slice(0, 3).map((c) => Math.round(c.mean))).toEqual([0x10, 0xb9, 0x81]);
  });

  for (const mode of ["500", "not_an_image"] as const) {
    it(`falls back to the card when the model answers ${mode}, and says so`, async () => {
      fake.state.mode = mode;
      const res = await illustrate("linkedin");
      expect(res.status, res.text).toBe(201);
      expect(res.json).toMatchObject({
        kind: "card",
        fallback_reason: mode === "500" ? "http_500" : "not_an_image",
      });
      expect(res.json.media).toMatchObject({ width: 1200, height: 627 });
      expect(res.json.post.media_ids).toEqual([res.json.media.id]);
      expect(fake.state.requests).toHaveLength(1);
    });
  }

  it("falls back to the card when the model cannot be reached", async () => {
    const post = await db.post.findFirstOrThrow({ where: { brandId: t.brand.id, platform: "x" } });
    const made = await createCard({
      db,
      storage: mediaStorageFromEnv(),
      actor: { workspaceId: t.workspace.id, userId: t.users.editor, label: "test" },
      id: post.id,
      version: post.version,
      kind: "illustration",
      // nothing listens on the discard port
      imageModel: { baseUrl: "http://127.0.0.1:9/v1", apiKey: KEY, model: "m", allowedHosts: ["127.0.0.1:9"] },
      now: new Date(),
    });
    expect(made).toMatchObject({ kind: "card", fallback_reason: "unreachable" });
  });
});
