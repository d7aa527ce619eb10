import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { localStorage } from "@/lib/media/storage";
import { uploadMedia } from "@/lib/media/upload-media";
import { runDaily } from "@/lib/orchestration/run-daily";
import type { DryRunResult } from "@/lib/orchestration/dry-run";
import { getTestDb, resetDb } from "../setup/db";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { DAY, dailyInput, type Fakes, fakeEnv, ledger, makeDeps, seedPublishing } from "./support/orchestration";
import { waitForLeaseEnd } from "./support/lease";
import { scheduledJobRunners } from "@/lib/wiring/scheduler-deps";

let db: Db;
let url: string;
let fakes: Fakes;
const dir = mkdtempSync(path.join(tmpdir(), "publish-media-"));
const storage = localStorage(dir);
const day = new Date(`${DAY}T00:00:00Z`);

beforeAll(async () => {
  db = await useRouteEnv({ MEDIA_DIR: dir });
  url = (await getTestDb()).url;
  fakes = await startFakes();
});
afterAll(async () => {
  delete process.env.MEDIA_DIR;
  await fakes.stop();
});
beforeEach(async () => {
  await resetDb(db);
  fakes.reset();
});

async function withImages(count: number, platform: "linkedin" | "facebook" | "x", opts: { connect?: boolean } = {}) {
  const seeded = await seedPublishing(db, opts);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = await sharp({ create: { width: 40 + i, height: 30, channels: 3, background: "#336699" } })
      .png()
      .toBuffer();
    const m = await uploadMedia({
      db,
      storage,
      actor: seeded.actor,
      brandId: seeded.brand.id,
      bytes,
      filename: `img${i}.png`,
      now: new Date(),
    });
    ids.push(m.id);
  }
  // A single post (the generator may have made a thread), so each test counts exactly its own requests.
  await db.post.updateMany({
    where: { brandId: seeded.brand.id, date: day, platform },
    data: { mediaIds: ids, parts: [], format: "single" },
  });
  return seeded;
}

/** Two images on the day's X post, the first on Facebook's and the second on LinkedIn's (no carousel). */
async function withImagesEverywhere(opts: { connect?: boolean } = {}) {
  const seeded = await withImages(2, "x", opts);
  const where = (platform: "x" | "facebook" | "linkedin") => ({ brandId: seeded.brand.id, date: day, platform });
  const { mediaIds } = await db.post.findFirstOrThrow({ where: where("x") });
  await db.post.updateMany({ where: where("facebook"), data: { mediaIds: [mediaIds[0]] } });
  await db.post.updateMany({ where: where("linkedin"), data: { mediaIds: [mediaIds[1]], slides: [] } });
  return seeded;
}

const deps = (clock = () => new Date()) => makeDeps(db, fakes, clock, { mediaStorage: storage });
const steps = (publicationId: string) =>
  db.publicationStep.findMany({ where: { publicationId, kind: "media" }, orderBy: { index: "asc" } });

describe("publishing images on each network's contract", () => {
  it("X: each image through /2/media/upload, then the post names them in media.media_ids", async () => {
    const { ws, brand } = await withImages(2, "x");
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["x"] }));
    const x = fakes.fakes.x;
    const uploads = x.requests.filter((r) => r.path === "/2/media/upload");
    expect(uploads).toHaveLength(2);
    expect(String(uploads[0].headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    const row = (await ledger(db, brand.id)).x;
    expect(row.state).toBe("published");
    const first = x.posts.find((p) => p.id === row.remoteId)!;
    expect(first.mediaIds).toEqual((await steps(row.id)).map((s) => s.remoteId));
    expect(first.mediaIds).toHaveLength(2);
  });

  it("LinkedIn: initializeUpload, PUT the bytes to uploadUrl, then the post with content.media.id", async () => {
    const { ws, brand } = await withImages(1, "linkedin");
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["linkedin"] }));
    const li = fakes.fakes.linkedin;
    const paths = li.requests.map((r) => `${r.method} ${r.path.split("?")[0]}`);
    expect(paths.slice(0, 3)).toEqual(["POST /rest/images", "PUT /dms-uploads/1", "POST /rest/posts"]);
    const init = JSON.parse(li.requests[0].body);
    expect(init).toEqual({ initializeUploadRequest: { owner: expect.stringMatching(/^urn:li:organization:/) } });
    const row = (await ledger(db, brand.id)).linkedin;
    expect(row.state).toBe("published");
    const [image] = await steps(row.id);
    expect(li.posts[0].mediaId).toBe(image.remoteId);
    expect(JSON.parse(li.requests[2].body).content).toEqual({ media: { id: image.remoteId } });
  });

  it("Facebook: one photo is one /photos post; several are uploaded unpublished, then attached to /feed", async () => {
    const one = await withImages(1, "facebook");
    await runDaily(deps(), dailyInput(one.ws.id, { platforms: ["facebook"] }));
    const fb = fakes.fakes.facebook;
    expect(fb.requests.filter((r) => r.method === "POST").map((r) => r.path.split("/").at(-1))).toEqual(["photos"]);
    const single = (await ledger(db, one.brand.id)).facebook;
    expect(single.state).toBe("published");
    expect(fb.posts[0]).toMatchObject({ id: single.remoteId, photos: [expect.any(String)] });

    fakes.reset();
    const two = await withImages(2, "facebook");
    await runDaily(deps(), dailyInput(two.ws.id, { platforms: ["facebook"] }));
    const posts = fb.requests.filter((r) => r.method === "POST").map((r) => r.path.split("/").at(-1));
    expect(posts).toEqual(["photos", "photos", "feed"]);
    const feed = new URLSearchParams(fb.requests.filter((r) => r.method === "POST")[2].body);
    const row = (await ledger(db, two.brand.id)).facebook;
    const uploaded = (await steps(row.id)).map((s) => s.remoteId);
    expect([feed.get("attached_media[0]"), feed.get("attached_media[1]")]).toEqual(
      uploaded.map((id) => JSON.stringify({ media_fbid: id })),
    );
    expect(fb.posts[0].photos).toEqual(uploaded);
  });

  it("a dry run shows each image's upload and the post that attaches them, and sends nothing", async () => {
    const { ws } = await withImagesEverywhere();
    const res = await runDaily(deps(), dailyInput(ws.id, { dryRun: true }));
    expect(Object.values(fakes.fakes).reduce((n, f) => n + f.requests.length, 0)).toBe(0);
    const by = Object.fromEntries((res.results as DryRunResult[]).map((r) => [r.platform, r]));
    expect(by.x.requests.map((r) => r.label)).toEqual([
      "Upload image 1 (2 in all)",
      "Upload image 2 (2 in all)",
      "Post",
    ]);
    expect(by.x.requests[0].url).toMatch(/\/2\/media\/upload/);
    expect(JSON.parse(by.x.request!.body).media.media_ids).toEqual(["<media id of image 1>", "<media id of image 2>"]);
    expect(by.linkedin.requests.map((r) => r.label)).toEqual([
      "Upload image 1 (1 in all)",
      "Upload image 1: the bytes",
      "Post",
    ]);
    expect(by.linkedin.requests[1]).toMatchObject({ method: "PUT", url: "<uploadUrl from the answer above>" });
    expect(by.linkedin.requests[1].body).toMatch(/^<image\/png, \d+ bytes>$/);
    expect(JSON.parse(by.linkedin.request!.body).content.media.id).toBe("<media id of image 1>");
    // One Facebook photo goes out with its text in one /photos request.
    expect(by.facebook.requests).toEqual([]);
    expect(by.facebook.request!.url).toMatch(/\/photos$/);
    expect(by.facebook.request!.body).toMatch(/^source=<image\/png, \d+ bytes>&message=.+&published=true$/);
    // In the reader's language: a French account reads the steps in French.
    const fr = await runDaily(deps(), dailyInput(ws.id, { dryRun: true, locale: "fr", platforms: ["x"] }));
    expect((fr.results as DryRunResult[])[0].requests.map((r) => r.label)).toEqual([
      "Envoi de l’image 1 (2 en tout)",
      "Envoi de l’image 2 (2 en tout)",
      "Publication",
    ]);
  });

  it("a demo brand's dry run shows the sandbox's uploads, one request each", async () => {
    const { ws } = await withImagesEverywhere({ connect: false });
    const res = await runDaily(deps(), dailyInput(ws.id, { dryRun: true }));
    const by = Object.fromEntries((res.results as DryRunResult[]).map((r) => [r.platform, r]));
    expect(by.x.requests.map((r) => r.label)).toEqual([
      "Upload image 1 (2 in all)",
      "Upload image 2 (2 in all)",
      "Post",
    ]);
    expect(by.x.requests[0].url).toMatch(/^sandbox:\/\/.+\/media$/);
    expect(by.x.requests[0].body).toMatch(/^<image\/png, \d+ bytes>$/);
    // The sandbox takes an image in one request: no LinkedIn bytes step.
    expect(by.linkedin.requests.map((r) => r.label)).toEqual(["Upload image 1 (1 in all)", "Post"]);
    // One Facebook photo travels with its post, which the sandbox takes without it: one request.
    expect(by.facebook.requests).toEqual([]);
    expect(by.facebook.request!.url).toMatch(/^sandbox:\/\/.+\/posts$/);
  });

  it("a process killed after the upload was recorded and before the post: no second upload, one post", async () => {
    const { ws, brand } = await withImages(1, "x");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/db/support/crash-child.ts", url, ws.id, DAY, "step:media:0", "x"],
      { env: { ...process.env, ...fakeEnv(fakes), PUBLISH_TIMEOUT_MS: "10000", MEDIA_DIR: dir } },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const signal = await new Promise<string | null>((r) => child.on("exit", (_c, s) => r(s)));
    expect(signal, stderr).toBe("SIGKILL");
    const x = fakes.fakes.x;
    expect(x.requests.filter((r) => r.path === "/2/media/upload")).toHaveLength(1);
    expect(x.posts).toHaveLength(0);
    await waitForLeaseEnd(db, brand.id, "x");
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["x"] }));
    const row = (await ledger(db, brand.id)).x;
    expect(row.state).toBe("published");
    expect(x.requests.filter((r) => r.path === "/2/media/upload")).toHaveLength(1);
    expect(x.posts).toHaveLength(1);
    expect(x.posts[0].mediaIds).toEqual((await steps(row.id)).map((s) => s.remoteId));
    // a child process (tsx compiling the app) is started and killed: slow on a busy machine
  }, 120_000);
});

describe("the scheduled run, wired as the app wires it", () => {
  it("publishes a post with an image: the scheduler and the cron route read the same media storage as Run now", async () => {
    const { brand } = await withImages(1, "linkedin", { connect: false });
    const evening = new Date(`${DAY}T23:00:00Z`);
    await scheduledJobRunners(db, () => evening).publish({
      at: evening,
      source: "scheduler",
      stopSignal: new AbortController().signal,
    });
    const row = (await ledger(db, brand.id)).linkedin;
    expect([row.state, row.lastError]).toEqual(["published", null]);
    expect(await steps(row.id)).toHaveLength(1);
  });
});

describe("a post with images whose last send may be live", () => {
  it("is looked up before its images are read: one gone from the library does not fail a live post", async () => {
    const { ws, brand } = await withImages(1, "linkedin");
    fakes.fakes.linkedin.failNext("timeout_after_accept", { on: "create" });
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["linkedin"] }));
    expect((await ledger(db, brand.id)).linkedin.state).toBe("unknown");
    await db.media.deleteMany({ where: { brandId: brand.id } });
    const tomorrow = () => new Date(Date.now() + 24 * 3_600_000);
    await runDaily(deps(tomorrow), dailyInput(ws.id, { platforms: ["linkedin"] }));
    const row = (await ledger(db, brand.id)).linkedin;
    expect([row.state, row.remoteId]).toEqual(["published", fakes.fakes.linkedin.posts[0].id]);
    expect(fakes.fakes.linkedin.receivedCreates).toBe(1);
  });

  it("stays unknown when the network cannot be asked, sending nothing", async () => {
    const { ws, brand } = await withImages(1, "linkedin");
    fakes.fakes.linkedin.failNext("timeout_after_accept", { on: "create" });
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["linkedin"] }));
    fakes.fakes.linkedin.failNext("5xx", { on: "list" });
    const tomorrow = () => new Date(Date.now() + 24 * 3_600_000);
    await runDaily(deps(tomorrow), dailyInput(ws.id, { platforms: ["linkedin"] }));
    const row = (await ledger(db, brand.id)).linkedin;
    expect(row.state).toBe("unknown");
    expect(row.lastError).toMatch(/^Could not check the network for an earlier send/);
    expect(fakes.fakes.linkedin.receivedCreates).toBe(1);
  });

  it("is sent once the lookup finds it is not live, with the upload recorded before: the bytes are not read again", async () => {
    const { ws, brand } = await withImages(1, "linkedin");
    fakes.fakes.linkedin.failNext("reset", { on: "create" });
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["linkedin"] }));
    expect(fakes.fakes.linkedin.posts).toHaveLength(0);
    await db.media.deleteMany({ where: { brandId: brand.id } });
    const tomorrow = () => new Date(Date.now() + 24 * 3_600_000);
    await runDaily(deps(tomorrow), dailyInput(ws.id, { platforms: ["linkedin"] }));
    const row = (await ledger(db, brand.id)).linkedin;
    expect(row.state).toBe("published");
    const [image] = await steps(row.id);
    expect(fakes.fakes.linkedin.posts.map((p) => [p.id, p.mediaId])).toEqual([[row.remoteId, image.remoteId]]);
  });
});
