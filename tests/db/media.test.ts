import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { s3Storage } from "@/lib/media/s3-storage";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { resetDb } from "../setup/db";
import { seedTenant, type Tenant } from "./support/tenant-fixture";
import * as brandMedia from "@/app/api/brands/[brand]/media/route";
import * as oneMedia from "@/app/api/media/[id]/route";
import * as signedUrl from "@/app/api/media/[id]/signed-url/route";
import * as signed from "@/app/api/media/signed/[id]/route";
import * as extras from "@/app/api/posts/[id]/extras/route";
import { humanWork } from "@/lib/plans/classify-existing";

let db: Db;
let t: Tenant;
let other: Tenant;
const mediaDir = mkdtempSync(path.join(tmpdir(), "media-test-"));

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

/** A JPEG that says where it was taken, as phones write them. */
async function photoWithLocation() {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#c0ffee" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Pocket 9" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "48/1 51/1 2400/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "2/1 21/1 0/1",
      },
    })
    .toBuffer();
}

const upload = (bytes: Uint8Array, as = t, filename = "shop.jpg") =>
  callRoute(brandMedia.POST, {
    method: "POST",
    userId: as.users.editor,
    params: { brand: as.brand.slug },
    path: `/api/brands/${as.brand.slug}/media?filename=${filename}`,
    bytes,
  });

describe("the media library", () => {
  it("stores an upload by its real type, without its EXIF location, with a thumbnail", async () => {
    const original = await photoWithLocation();
    expect((await sharp(original).metadata()).exif?.toString("latin1")).toContain("PhoneCo");
    const res = await upload(original, t, "shop.png");
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ mime_type: "image/jpeg", width: 64, height: 48, filename: "shop.png" });
    const got = await callRoute(oneMedia.GET, { userId: t.users.viewer, params: { id: res.json.id } });
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("image/jpeg");
    const stored = await db.media.findUniqueOrThrow({ where: { id: res.json.id } });
    const bytes = await sharp(path.join(mediaDir, ...stored.storageKey.split("/"))).toBuffer();
    const meta = await sharp(path.join(mediaDir, ...stored.storageKey.split("/"))).metadata();
    expect(bytes.length).toBeGreaterThan(0);
    expect(meta.exif).toBeUndefined();
    const thumb = await callRoute(oneMedia.GET, {
      userId: t.users.viewer,
      params: { id: res.json.id },
      path: `/api/media/${res.json.id}?variant=thumb`,
    });
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    const list = await callRoute(brandMedia.GET, { userId: t.users.viewer, params: { brand: t.brand.slug } });
    expect(list.json.media.map((m: { id: string }) => m.id)).toEqual([res.json.id]);
  });

  it("refuses what is not an image, whatever it claims, and files over 10 MB; nothing is stored", async () => {
    const fake = Buffer.concat([Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")]);
    const bad = await upload(fake, t, "logo.png");
    expect(bad.status).toBe(422);
    expect(bad.json.error.code).toBe("validation_error");
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0xff);
    big[0] = 0xff;
    big[1] = 0xd8;
    expect((await upload(big)).status).toBe(413);
    expect(await db.media.count()).toBe(0);
  });

  it("serves an image only to its workspace, or through a short-lived signed link", async () => {
    const { json: media } = await upload(await photoWithLocation());
    const foreign = await callRoute(oneMedia.GET, { userId: other.users.owner, params: { id: media.id } });
    expect(foreign.status).toBe(404);
    expect((await callRoute(oneMedia.GET, { params: { id: media.id } })).status).toBe(401);
    const link = await callRoute(signedUrl.POST, { method: "POST", userId: t.users.viewer, params: { id: media.id } });
    expect(link.status).toBe(200);
    const url = new URL(link.json.url, "http://localhost:3000");
    const open = await callRoute(signed.GET, { params: { id: media.id }, path: url.pathname + url.search });
    expect(open.status).toBe(200);
    expect(open.headers.get("content-type")).toBe("image/jpeg");
    const tampered = await callRoute(signed.GET, {
      params: { id: media.id },
      path: url.pathname + url.search.replace(/exp=(\d+)/, (_, e) => `exp=${Number(e) + 600}`),
    });
    expect(tampered.status).toBe(403);
    const expired = await callRoute(signed.GET, {
      params: { id: media.id },
      path: `${url.pathname}?exp=1000&sig=${url.searchParams.get("sig")}`,
    });
    expect(expired.status).toBe(403);
  });

  it("attaches images to a post within the network's limit, from the brand's own library only", async () => {
    const a = (await upload(await photoWithLocation())).json.id;
    const b = (await upload(await photoWithLocation())).json.id;
    const foreignImage = (await upload(await photoWithLocation(), other)).json.id;
    const linkedin = await db.post.findFirstOrThrow({ where: { brandId: t.brand.id, platform: "linkedin" } });
    const x = await db.post.findFirstOrThrow({ where: { brandId: t.brand.id, platform: "x" } });
    const put = (post: typeof x, media_ids: string[]) =>
      callRoute(extras.PUT, {
        method: "PUT",
        userId: t.users.editor,
        params: { id: post.id },
        body: { version: post.version, media_ids },
      });
    const tooMany = await put(linkedin, [a, b]);
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.error.message).toMatch(/at most 1 image/);
    expect((await put(x, [a, foreignImage])).status).toBe(422);
    const ok = await put(x, [b, a]);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json.media_ids).toEqual([b, a]);
    // Images are a person's work on the post: a regenerate keeps it as edited, not as merely moved.
    expect(humanWork(await db.post.findUniqueOrThrow({ where: { id: x.id }, include: { publication: true } }))).toBe(
      "edited",
    );

    // An image a coming post uses is not taken out of the library under it.
    const del = (id: string) =>
      callRoute(oneMedia.DELETE, {
        method: "DELETE",
        userId: t.users.editor,
        params: { id },
        path: `/api/media/${id}`,
      });
    const refused = await del(a);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.json.error.message).toContain("used by 1 coming post");
    expect(refused.json.error.details.post_ids).toEqual([x.id]);
    expect((await db.media.findUniqueOrThrow({ where: { id: a } })).archivedAt).toBeNull();
    const fresh = await db.post.findUniqueOrThrow({ where: { id: x.id } });
    expect((await put(fresh, [b])).status).toBe(200);
    expect((await del(a)).status).toBe(200);
  });
});

describe("the S3-compatible store", () => {
  it("stores an upload in the bucket and serves it from there", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "s3rver-"));
    const server = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory: dir,
      configureBuckets: [{ name: "media" }],
    });
    const { port } = await server.run();
    const s3 = {
      S3_BUCKET: "media",
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
    };
    Object.assign(process.env, s3);
    try {
      const res = await upload(await photoWithLocation());
      expect(res.status, res.text).toBe(201);
      const row = await db.media.findUniqueOrThrow({ where: { id: res.json.id } });
      const stored = await s3Storage({
        bucket: s3.S3_BUCKET,
        endpoint: s3.S3_ENDPOINT,
        region: s3.S3_REGION,
        accessKeyId: s3.S3_ACCESS_KEY_ID,
        secretAccessKey: s3.S3_SECRET_ACCESS_KEY,
      }).get(row.storageKey);
      expect((await sharp(stored!).metadata()).format).toBe("jpeg");
      // Nothing went to the local folder.
      expect(existsSync(path.join(mediaDir, ...row.storageKey.split("/")))).toBe(false);
      const got = await callRoute(oneMedia.GET, { userId: t.users.viewer, params: { id: row.id } });
      expect(got.status).toBe(200);
      expect(Buffer.from(got.text, "latin1").length).toBeGreaterThan(0);
    } finally {
      for (const k of Object.keys(s3)) delete process.env[k];
      await server.close();
    }
  });
});
