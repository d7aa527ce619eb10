import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as daily from "@/app/api/orchestrator/daily/route";
import * as status from "@/app/api/orchestrator/status/route";
import * as retry from "@/app/api/orchestrator/retry/[date]/[platform]/route";
import * as link from "@/app/api/orchestrator/link/[date]/[platform]/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { startFakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { ACCOUNTS, DAY, type Fakes, fakeEnv, seedPublishing } from "./support/orchestration";

let db: Db;
let fakes: Fakes;
let editor: string;
let viewer: string;

beforeAll(async () => {
  fakes = await startFakes();
  db = await useRouteEnv(fakeEnv(fakes));
  const seeded = await seedPublishing(db);
  editor = (await createApiToken({ db, workspaceId: seeded.ws.id, name: "e", role: "editor" })).token;
  viewer = (await createApiToken({ db, workspaceId: seeded.ws.id, name: "v", role: "viewer" })).token;
});
afterAll(async () => fakes.stop());

const put = (platform: string, body: unknown, token = editor) =>
  callRoute(link.PUT, { method: "PUT", token, params: { date: DAY, platform }, body });
const facebookRow = async () => {
  const res = await callRoute(status.GET, { token: viewer, path: `/api/orchestrator/status?date=${DAY}&brand=acme` });
  return res.json.rows.find((r: { platform: string }) => r.platform === "facebook");
};

describe("PUT /api/orchestrator/link/{date}/{platform}", () => {
  it("gives a published post whose id the network never returned the link a person pastes, once", async () => {
    // The first send's connection drops, so it may have landed; the retry finds no copy in the Page's feed,
    // and Facebook calls it a duplicate: published, but nobody knows where.
    fakes.fakes.facebook.failNext("reset", { on: "create" });
    const run = await callRoute(daily.POST, {
      method: "POST",
      token: editor,
      body: { execute_date: DAY, include_future: true, platforms: ["Facebook", "X"] },
    });
    expect(run.status).toBe(200);
    expect(await facebookRow()).toMatchObject({ state: "unknown" });
    fakes.fakes.facebook.failNext("duplicate");
    const retried = await callRoute(retry.POST, {
      method: "POST",
      token: editor,
      params: { date: DAY, platform: "facebook" },
      path: "/x?brand=acme",
    });
    expect(retried.status, retried.text).toBe(200);
    expect(await facebookRow()).toMatchObject({ state: "published", remote_id: null, remote_url: null });

    const refused = [
      await put("facebook", { brand: "acme", remote_url: "https://x.com/acme/status/123" }),
      await put("facebook", { brand: "acme", remote_url: "https://www.facebook.com/acme/about" }),
      await put("facebook", { brand: "acme", remote_url: "http://www.facebook.com/1_2" }),
    ];
    for (const res of refused) {
      expect(res.status, res.text).toBe(422);
      expect(res.json.error.details[0].path).toBe("remote_url");
    }
    expect((await put("facebook", { brand: "acme", remote_url: "not a url" })).status).toBe(422);
    expect((await put("facebook", { brand: "acme" })).status).toBe(422);
    expect((await put("facebook", { brand: "nope", remote_url: "https://www.facebook.com/1_2" })).status).toBe(404);
    expect((await put("facebook", { brand: "acme", remote_url: "https://www.facebook.com/1_2" }, viewer)).status).toBe(
      403,
    );
    expect(await facebookRow()).toMatchObject({ remote_id: null, remote_url: null });

    // Another workspace's post with that id neither blocks this one nor is named to it.
    const theirs = await seedPublishing(db);
    const theirPost = await db.post.findFirstOrThrow({ where: { brandId: theirs.brand.id, platform: "facebook" } });
    await db.publication.create({
      data: {
        postId: theirPost.id,
        brandId: theirs.brand.id,
        platform: "facebook",
        date: theirPost.date,
        contentHash: theirPost.contentHash,
        state: "published",
        remoteId: `${ACCOUNTS.facebook}_98765`,
      },
    });

    // The link names the Page by name: the post's number joins the Page the brand publishes to.
    const res = await put("facebook", { brand: "acme", remote_url: "https://www.facebook.com/AcmePage/posts/98765" });
    expect(res.status, res.text).toBe(200);
    const id = `${ACCOUNTS.facebook}_98765`;
    expect(res.json).toMatchObject({ platform: "facebook", date: DAY, remote_id: id });
    expect(await facebookRow()).toMatchObject({ state: "published", remote_id: id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "publication.link" } });
    expect(event.data).toMatchObject({ platform: "facebook", remote_id: id });

    // A recorded id is never replaced, and a post the network gave its id to takes none.
    const again = await put("facebook", { brand: "acme", remote_url: "https://www.facebook.com/1_2" });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("conflict");
    expect((await put("x", { brand: "acme", remote_url: "https://x.com/acme/status/5" })).status).toBe(409);
    expect(
      (await put("linkedin", { brand: "acme", remote_url: "https://www.linkedin.com/feed/update/urn:li:share:1/" }))
        .status,
    ).toBe(404);
    expect(await facebookRow()).toMatchObject({ remote_id: id });
  });
});
