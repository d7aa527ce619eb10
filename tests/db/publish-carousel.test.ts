import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { DryRunResult } from "@/lib/orchestration/dry-run";
import { runDaily } from "@/lib/orchestration/run-daily";
import { crashAt, withPublishingFakes } from "./support/publishing-fakes";
import { waitForLeaseEnd } from "./support/lease";
import { FAKE_TOKENS } from "../fakes/start-fakes";
import { DAY, dailyInput, type Fakes, ledger, makeDeps, seedPublishing } from "./support/orchestration";

let db: Db;
let url: string;
let fakes: Fakes;
const day = new Date(`${DAY}T00:00:00Z`);
const SLIDES = [
  "Three dashboards every PM needs",
  "1. Activation by cohort",
  "2. Time to value",
  "Try it: demo link below",
];

withPublishingFakes((c) => ({ db, url, fakes } = c));

/** The day's post on `platform` becomes a carousel (and only that post is approved, so requests are its own). */
async function withCarousel(platform: "linkedin" | "facebook", slides = SLIDES) {
  const seeded = await seedPublishing(db);
  await db.post.updateMany({
    where: { brandId: seeded.brand.id, date: day, platform },
    data: { slides, parts: [], mediaIds: [], firstComment: null },
  });
  return seeded;
}

const deps = () => makeDeps(db, fakes, () => new Date());
const steps = (publicationId: string, kind: string) =>
  db.publicationStep.findMany({ where: { publicationId, kind }, orderBy: { index: "asc" } });
const li = () => fakes.fakes.linkedin;
const fb = () => fakes.fakes.facebook;
const liPaths = () => li().requests.map((r) => `${r.method} ${r.path.split("?")[0]}`);
const fbPosts = () =>
  fb()
    .requests.filter((r) => r.method === "POST")
    .map((r) => r.path.split("/").at(-1));

describe("LinkedIn carousels as document posts", () => {
  it("renders a PDF of the slides, uploads it through /rest/documents, then posts content.media {id, title}", async () => {
    const { ws, brand } = await withCarousel("linkedin");
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["linkedin"] }));
    expect(liPaths().slice(0, 3)).toEqual(["POST /rest/documents", "PUT /dms-uploads/1", "POST /rest/posts"]);
    expect(li().requests[0].path).toBe("/rest/documents?action=initializeUpload");
    const row = (await ledger(db, brand.id)).linkedin;
    expect(row.state).toBe("published");
    const [doc] = await steps(row.id, "document");
    expect(doc.remoteId).toMatch(/^urn:li:document:/);
    expect(li().images.get(doc.remoteId)).toMatchObject({ kind: "document", pages: SLIDES.length });
    expect(JSON.parse(li().requests[2].body).content).toEqual({ media: { id: doc.remoteId, title: SLIDES[0] } });
    expect(li().posts).toHaveLength(1);
    expect(li().posts[0]).toMatchObject({ id: row.remoteId, mediaId: doc.remoteId, mediaTitle: SLIDES[0] });
  });

  it("a process killed after the document upload was recorded: the retry reuses it, one upload, one post", async () => {
    const { ws, brand } = await withCarousel("linkedin");
    await crashAt({ url, fakes, workspaceId: ws.id, point: "step:document:0", platform: "linkedin" });
    expect(liPaths()).toEqual(["POST /rest/documents", "PUT /dms-uploads/1"]);
    expect(li().posts).toHaveLength(0);
    await waitForLeaseEnd(db, brand.id, "linkedin");
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["linkedin"] }));
    const row = (await ledger(db, brand.id)).linkedin;
    expect(row.state).toBe("published");
    expect(liPaths().filter((p) => p === "POST /rest/documents")).toHaveLength(1);
    expect(li().posts).toHaveLength(1);
    expect(li().posts[0].mediaId).toBe((await steps(row.id, "document"))[0].remoteId);
  }, 120_000);

  it("the fake checks documents as LinkedIn does: a readable PDF, and a title on the post", async () => {
    const headers = {
      Authorization: `Bearer ${FAKE_TOKENS.linkedin}`,
      "LinkedIn-Version": "202510",
      "X-Restli-Protocol-Version": "2.0.0",
      "Content-Type": "application/json",
    };
    const call = (path: string, body: unknown, method = "POST") =>
      fetch(`${fakes.urls.linkedin}${path}`, { method, headers, body: JSON.stringify(body) });
    const init = async () =>
      (await (
        await call("/rest/documents?action=initializeUpload", {
          initializeUploadRequest: { owner: "urn:li:organization:1001" },
        })
      ).json()) as {
        value: { uploadUrl: string; document: string };
      };
    const notPdf = await init();
    const refused = await fetch(notPdf.value.uploadUrl, { method: "PUT", headers, body: "not a pdf" });
    expect(refused.status).toBe(400);

    const { value } = await init();
    const pdf = await PDFDocument.create();
    pdf.addPage();
    expect((await fetch(value.uploadUrl, { method: "PUT", headers, body: Buffer.from(await pdf.save()) })).status).toBe(
      201,
    );
    const post = (media: Record<string, string>) =>
      call("/rest/posts", {
        author: "urn:li:organization:1001",
        commentary: "A carousel",
        visibility: "PUBLIC",
        distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
        lifecycleState: "PUBLISHED",
        content: { media },
      });
    const untitled = await post({ id: value.document });
    expect(untitled.status).toBe(422);
    expect(await untitled.text()).toContain("/content/media/title");
    expect((await post({ id: value.document, title: "Slides" })).status).toBe(201);
  });
});

describe("Facebook carousels as multi-photo posts", () => {
  it("each slide rendered to a PNG and uploaded unpublished, then one /feed post with attached_media", async () => {
    const { ws, brand } = await withCarousel("facebook", SLIDES.slice(0, 3));
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["facebook"] }));
    expect(fbPosts()).toEqual(["photos", "photos", "photos", "feed"]);
    const row = (await ledger(db, brand.id)).facebook;
    expect(row.state).toBe("published");
    const uploaded = (await steps(row.id, "media")).map((s) => s.remoteId);
    expect(uploaded).toHaveLength(3);
    const feed = new URLSearchParams(fb().requests.filter((r) => r.method === "POST")[3].body);
    expect([0, 1, 2].map((i) => feed.get(`attached_media[${i}]`))).toEqual(
      uploaded.map((id) => JSON.stringify({ media_fbid: id })),
    );
    expect(fb().posts).toHaveLength(1);
    expect(fb().posts[0]).toMatchObject({ id: row.remoteId, photos: uploaded });
  });

  it("killed between two slide uploads: the retry uploads only the missing slide, then posts once", async () => {
    const { ws, brand } = await withCarousel("facebook", SLIDES.slice(0, 3));
    await crashAt({ url, fakes, workspaceId: ws.id, point: "step:media:1", platform: "facebook" });
    expect(fbPosts()).toEqual(["photos", "photos"]);
    await waitForLeaseEnd(db, brand.id, "facebook");
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["facebook"] }));
    expect(fbPosts()).toEqual(["photos", "photos", "photos", "feed"]);
    const row = (await ledger(db, brand.id)).facebook;
    expect(row.state).toBe("published");
    expect(fb().posts[0].photos).toEqual((await steps(row.id, "media")).map((s) => s.remoteId));
  }, 120_000);

  it("killed after Facebook accepted the post and before it was recorded: found on the Page, never posted twice", async () => {
    const { ws, brand } = await withCarousel("facebook", SLIDES.slice(0, 2));
    await crashAt({ url, fakes, workspaceId: ws.id, point: "sent:part:0", platform: "facebook" });
    expect(fb().posts).toHaveLength(1);
    await waitForLeaseEnd(db, brand.id, "facebook");
    await runDaily(deps(), dailyInput(ws.id, { platforms: ["facebook"] }));
    const row = (await ledger(db, brand.id)).facebook;
    expect(row.state).toBe("published");
    expect(row.remoteId).toBe(fb().posts[0].id);
    expect(fb().posts).toHaveLength(1);
    expect(fbPosts()).toEqual(["photos", "photos", "feed"]);
  }, 120_000);
});

describe("a dry run of carousels and threads", () => {
  it("shows every upload and the post with placeholders for the uploaded ids, and sends nothing", async () => {
    const { ws, brand } = await withCarousel("linkedin");
    await db.post.updateMany({
      where: { brandId: brand.id, date: day, platform: "facebook" },
      data: { slides: SLIDES.slice(0, 2) },
    });
    await db.post.updateMany({
      where: { brandId: brand.id, date: day, platform: "x" },
      data: { parts: ["Part one", "Part two", "Part three"], body: "Part one", format: "thread" },
    });
    const res = await runDaily(deps(), dailyInput(ws.id, { dryRun: true }));
    expect(li().requests.length + fb().requests.length + fakes.fakes.x.requests.length).toBe(0);
    const by = Object.fromEntries((res.results as DryRunResult[]).map((r) => [r.platform, r]));
    expect(by.linkedin.requests.map((r) => r.label)).toEqual([
      "Upload the carousel PDF: initialize",
      "Upload the carousel PDF: the bytes",
      "Post",
    ]);
    expect(by.linkedin.requests[0].url).toMatch(/\/rest\/documents\?action=initializeUpload$/);
    expect(by.linkedin.requests[1].body).toMatch(/^<application\/pdf, 4 pages, \d+ bytes>$/);
    expect(JSON.parse(by.linkedin.request!.body).content.media.title).toBe(SLIDES[0]);
    expect(by.facebook.requests.map((r) => r.label)).toEqual([
      "Upload slide 1 (2 in all)",
      "Upload slide 2 (2 in all)",
      "Post",
    ]);
    expect(by.facebook.requests[0].body).toMatch(/published=false/);
    expect(new URLSearchParams(by.facebook.request!.body).get("attached_media[1]")).toContain("slide 2");
    expect(by.x.requests.map((r) => JSON.parse(r.body))).toEqual([
      { text: "Part one" },
      { text: "Part two", reply: { in_reply_to_tweet_id: "<id of part 1>" } },
      { text: "Part three", reply: { in_reply_to_tweet_id: "<id of part 2>" } },
    ]);
    expect(JSON.stringify(res.results)).not.toContain(FAKE_TOKENS.linkedin);
  });
});
