import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { uploadMedia } from "@/lib/media/upload-media";
import { SIGNED_URL_TTL_S } from "@/lib/media/signed-url";
import { mediaStorageFromEnv } from "@/lib/wiring/media-storage";
import * as links from "@/app/api/brands/[brand]/review-links/route";
import * as page from "@/app/api/review/[token]/route";
import * as reviewMedia from "@/app/api/review/[token]/media/[id]/route";
import * as signed from "@/app/api/media/signed/[id]/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, FIXTURE_DAY, type Tenant } from "./support/tenant-fixture";

let db: Db;
let t: Tenant;
let foreign: Tenant;

beforeAll(async () => {
  db = await useRouteEnv({
    NEXTAUTH_URL: "http://app.test",
    MEDIA_DIR: mkdtempSync(path.join(tmpdir(), "review-media-")),
  });
  t = await seedTenant(db);
  foreign = await seedTenant(db);
});

const png = (color: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: color } })
    .png()
    .toBuffer();

/** An image of `tenant`'s library, attached to `postId` when given. */
async function image(tenant: Tenant, name: string, postId?: string) {
  const actor = { workspaceId: tenant.workspace.id, userId: null, label: "test" };
  const media = await uploadMedia({
    db,
    storage: mediaStorageFromEnv(),
    actor,
    brandId: tenant.brand.id,
    bytes: await png("#0f766e"),
    filename: name,
    now: new Date(),
  });
  if (postId) await db.post.update({ where: { id: postId }, data: { mediaIds: { push: media.id } } });
  return media.id;
}

const day = (tenant: Tenant, platform: string, date = FIXTURE_DAY) =>
  tenant.posts.find((p) => p.date.toISOString().slice(0, 10) === date && p.platform === platform)!;

describe("a review link shows its posts' images", () => {
  it("through short-lived signed links, for the posts it covers only", async () => {
    const created = await callRoute(links.POST, {
      method: "POST",
      token: t.tokens.editor,
      params: { brand: t.brand.slug },
      body: { from: FIXTURE_DAY, to: FIXTURE_DAY, platforms: ["x", "facebook"] },
    });
    expect(created.status, created.text).toBe(201);
    const token = /\/review\/(rvw_[\w-]+)/.exec(created.json.url)![1]!;

    const shown = await image(t, "shown.png", day(t, "x").id);
    const slides = ["Three loaves", "Monday: rye"];
    await db.post.update({ where: { id: day(t, "facebook").id }, data: { slides } });
    const unattached = await image(t, "library-only.png");
    const outOfRange = await image(t, "tomorrow.png", day(t, "x", "2030-03-11").id);
    const otherNetwork = await image(t, "linkedin.png", day(t, "linkedin").id);
    const theirs = await image(foreign, "foreign.png", day(foreign, "x").id);

    const view = await callRoute(page.GET, { params: { token } });
    expect(view.status).toBe(200);
    const x = view.json.posts.find((p: { platform: string }) => p.platform === "x");
    const fb = view.json.posts.find((p: { platform: string }) => p.platform === "facebook");
    expect(x.media_ids).toEqual([shown]);
    expect(fb.slides).toEqual(slides);
    expect(Object.keys(view.json.brand).sort()).toEqual(["accent_color", "name", "primary_color"]);

    const now = Date.now();
    const res = await callRoute(reviewMedia.GET, { params: { token, id: shown } });
    expect(res.status).toBe(302);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const location = new URL(res.headers.get("location")!, "http://app.test");
    expect(location.pathname).toBe(`/api/media/signed/${shown}`);
    const exp = Number(location.searchParams.get("exp")) * 1000;
    expect(exp).toBeGreaterThan(now);
    expect(exp).toBeLessThanOrEqual(now + SIGNED_URL_TTL_S * 1000 + 1000);
    const bytes = await callRoute(signed.GET, { path: location.pathname + location.search, params: { id: shown } });
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get("content-type")).toBe("image/png");

    // Another workspace's image, even attached to its own post of that day, is refused with a valid token;
    // so is an image of the brand that no covered post carries.
    for (const id of [theirs, unattached, outOfRange, otherNetwork, "no-such-media"]) {
      const refused = await callRoute(reviewMedia.GET, { params: { token, id } });
      expect(refused.status, id).toBe(404);
      expect(refused.json.error.code).toBe("not_found");
      expect(refused.headers.get("location")).toBeNull();
    }
    expect((await callRoute(reviewMedia.GET, { params: { token: "not-a-token", id: shown } })).status).toBe(422);

    // The link's end is the images' end too.
    await db.reviewLink.update({ where: { id: created.json.id }, data: { revokedAt: new Date() } });
    expect((await callRoute(reviewMedia.GET, { params: { token, id: shown } })).status).toBe(404);
  });
});
