import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as daily from "@/app/api/orchestrator/daily/route";
import * as status from "@/app/api/orchestrator/status/route";
import * as retry from "@/app/api/orchestrator/retry/[date]/[platform]/route";
import * as cron from "@/app/api/cron/daily/route";
import * as connections from "@/app/api/brands/[brand]/connections/route";
import * as connectionOne from "@/app/api/brands/[brand]/connections/[id]/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { startFakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { ACCOUNTS, brandRow, DAY, type Fakes, fakeEnv, seedPublishing } from "./support/orchestration";
import { shiftInstant } from "@/lib/dates/days";

let db: Db;
let fakes: Fakes;
let tokens: { owner: string; editor: string; viewer: string };
let seeded: Awaited<ReturnType<typeof seedPublishing>>;

beforeAll(async () => {
  fakes = await startFakes();
  db = await useRouteEnv({ ...fakeEnv(fakes), PUBLISH_TIMEOUT_MS: "2000" });
  seeded = await seedPublishing(db);
  const mk = async (role: "owner" | "editor" | "viewer") =>
    (await createApiToken({ db, workspaceId: seeded.ws.id, name: role, role })).token;
  tokens = { owner: await mk("owner"), editor: await mk("editor"), viewer: await mk("viewer") };
});
afterAll(async () => fakes.stop());

const run = (body: unknown, token = tokens.editor) => callRoute(daily.POST, { method: "POST", token, body });

describe("POST /api/orchestrator/daily", () => {
  it("validates the body: 422 for a bad date, unknown platform or a future date; 403 for a viewer", async () => {
    expect((await run({ execute_date: "2030-02-31" })).status).toBe(422);
    expect((await run({ execute_date: DAY, platforms: ["Myspace"] })).status).toBe(422);
    expect((await run({ execute_date: "2999-01-01" })).status).toBe(422);
    expect((await run({ execute_date: DAY }, tokens.viewer)).status).toBe(403);
    expect(await db.publication.count()).toBe(0);
  });

  it("lets a viewer dry-run, showing payloads and sending nothing", async () => {
    const res = await run(
      { execute_date: DAY, dry_run: true, include_future: true, platforms: ["LinkedIn", "Facebook", "Twitter"] },
      tokens.viewer,
    );
    expect(res.status).toBe(200);
    expect(res.json.dry_run).toBe(true);
    expect(res.json.results).toHaveLength(3);
    expect(fakes.fakes.x.receivedCreates).toBe(0);
  });

  it("publishes the day and reports one result per brand and network", async () => {
    fakes.fakes.facebook.failNext("400");
    const res = await run({
      execute_date: DAY,
      dry_run: false,
      include_future: true,
      platforms: ["LinkedIn", "Facebook", "Twitter"],
    });
    expect(res.status).toBe(200);
    expect(res.json.run_id).toBeTruthy();
    const byNet = Object.fromEntries(res.json.results.map((r: { platform: string }) => [r.platform, r]));
    expect(byNet.linkedin.status).toBe("published");
    expect(byNet.linkedin.remote_id).toMatch(/^urn:li:share:/);
    expect(byNet.facebook.status).toBe("failed");
    expect(byNet.facebook.error.class).toBe("rejected");
  });
});

describe("GET /api/orchestrator/status", () => {
  it("returns the ledger with every attempt and the runs that touched it", async () => {
    const res = await callRoute(status.GET, {
      token: tokens.viewer,
      path: `/api/orchestrator/status?date=${DAY}&brand=acme`,
    });
    expect(res.status).toBe(200);
    const fb = res.json.rows.find((r: { platform: string }) => r.platform === "facebook");
    expect(fb.state).toBe("failed");
    expect(fb.attempts[0].http_status).toBe(400);
    expect(fb.attempts[0].response_excerpt).toContain("400");
    expect(res.json.summary.published).toBe(2);
    expect(res.json.runs.length).toBeGreaterThanOrEqual(1);
    // One brand's board lists the day's runs, each counted for that brand: the dry run by its payloads.
    const published = res.json.runs.find((r: { dry_run: boolean; counts: { total: number } }) => !r.dry_run);
    expect(published.counts).toMatchObject({ total: 3, published: 2, failed: 1 });
    const dry = res.json.runs.find((r: { dry_run: boolean }) => r.dry_run);
    expect(dry.counts).toEqual({ total: 3, would_publish: 3 });
    const all = await callRoute(status.GET, { token: tokens.viewer, path: `/api/orchestrator/status?date=${DAY}` });
    expect(all.json.runs.map((r: { id: string }) => r.id).sort()).toEqual(
      res.json.runs.map((r: { id: string }) => r.id).sort(),
    );
    // Another brand's board lists the same runs, with none of acme's posts in them.
    await db.brand.create({ data: brandRow(seeded.ws.id, "Quiet") });
    const quiet = await callRoute(status.GET, {
      token: tokens.viewer,
      path: `/api/orchestrator/status?date=${DAY}&brand=quiet`,
    });
    expect(quiet.json.rows).toEqual([]);
    expect(quiet.json.runs.map((r: { counts: object }) => r.counts)).toEqual(quiet.json.runs.map(() => ({ total: 0 })));
    expect(quiet.json.runs.length).toBe(res.json.runs.length);
    // An excerpt of the post on one line, cut between words with an ellipsis, never mid-word.
    const post = await db.post.findUniqueOrThrow({ where: { id: fb.post_id } });
    const words = post.body.split(/\s+/);
    expect(post.body.length).toBeGreaterThan(140);
    expect(fb.excerpt).toMatch(/\S…$/);
    expect(fb.excerpt.length).toBeLessThanOrEqual(141);
    expect(words).toContain(fb.excerpt.slice(0, -1).split(" ").at(-1));
    expect(
      (await callRoute(status.GET, { token: tokens.viewer, path: "/api/orchestrator/status?date=nope" })).status,
    ).toBe(422);
    // The brand by its name, in any case, is the same brand (not an empty day).
    const byName = await callRoute(status.GET, {
      token: tokens.viewer,
      path: `/api/orchestrator/status?date=${DAY}&brand=ACME`,
    });
    expect(byName.json.rows.map((r: { post_id: string }) => r.post_id)).toEqual(
      res.json.rows.map((r: { post_id: string }) => r.post_id),
    );
    expect(byName.json.summary).toEqual(res.json.summary);
    const unknown = await callRoute(status.GET, {
      token: tokens.viewer,
      path: `/api/orchestrator/status?date=${DAY}&brand=nope`,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatchObject({ code: "not_found", details: [] });
  });
});

describe("POST /api/orchestrator/retry/{date}/{platform}", () => {
  it("re-drives failed rows once and leaves published rows untouched", async () => {
    const li = await db.publication.findFirstOrThrow({ where: { platform: "linkedin" } });
    const res = await callRoute(retry.POST, {
      method: "POST",
      token: tokens.editor,
      params: { date: DAY, platform: "Facebook" },
      path: "/x?brand=acme",
    });
    expect(res.status).toBe(200);
    expect(res.json.results[0].status).toBe("published");
    expect(fakes.fakes.facebook.posts).toHaveLength(1);
    expect((await db.publication.findUniqueOrThrow({ where: { id: li.id } })).updatedAt).toEqual(li.updatedAt);
    const again = await callRoute(retry.POST, {
      method: "POST",
      token: tokens.editor,
      params: { date: DAY, platform: "facebook" },
    });
    expect(again.status).toBe(404);
    expect(
      (await callRoute(retry.POST, { method: "POST", token: tokens.editor, params: { date: DAY, platform: "orkut" } }))
        .status,
    ).toBe(422);
    expect(
      (await callRoute(retry.POST, { method: "POST", token: tokens.viewer, params: { date: DAY, platform: "x" } }))
        .status,
    ).toBe(403);
  });
});

describe("GET /api/cron/daily", () => {
  it("publishes due approved posts in each brand's timezone and marks old ones missed", async () => {
    const old = await db.post.findFirstOrThrow({
      where: { brandId: seeded.brand.id, platform: "x", publication: null, date: { lt: new Date(`${DAY}T00:00:00Z`) } },
      orderBy: { date: "asc" },
    });
    await db.post.update({ where: { id: old.id }, data: { status: "approved" } });
    const res = await callRoute(cron.GET, { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });
    expect(res.status).toBe(200);
    expect(res.json.counts.missed).toBeGreaterThanOrEqual(1);
    expect((await db.publication.findUniqueOrThrow({ where: { postId: old.id } })).state).toBe("missed");
    expect(fakes.fakes.x.posts).toHaveLength(1);
  });
});

describe("connections", () => {
  it("refuses a token no HTTP header could carry, saying so, before asking the network", async () => {
    const before = await db.channelConnection.count();
    const res = await callRoute(connections.POST, {
      method: "POST",
      token: tokens.owner,
      params: { brand: "acme" },
      body: { platform: "linkedin", account_id: ACCOUNTS.linkedin, access_token: "…" },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details[0]).toMatchObject({ path: "access_token" });
    expect(res.text).not.toContain("ByteString");
    expect(await db.channelConnection.count()).toBe(before);
  });

  it("stores tokens encrypted, never returns them, and deletes", async () => {
    const secret = "super-secret-access-token-42";
    fakes.fakes.x.tokens.add(secret); // the network knows it, so the identity check passes
    const res = await callRoute(connections.POST, {
      method: "POST",
      token: tokens.owner,
      params: { brand: "acme" },
      body: {
        platform: "x",
        account_id: ACCOUNTS.x,
        access_token: secret,
        refresh_token: "refresh-me-please",
        expires_at: shiftInstant(new Date(), 3).toISOString(),
      },
    });
    expect(res.status).toBe(201);
    expect(res.text).not.toContain(secret);
    expect(res.json.expires_soon).toBe(false); // it has a refresh token: renewed before it runs out
    const list = await callRoute(connections.GET, { token: tokens.viewer, params: { brand: "acme" } });
    expect(list.text).not.toContain(secret);
    expect(list.json.connections.length).toBe(3);
    const dump = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(c)::text AS row FROM "ChannelConnection" c`,
    );
    expect(dump.map((d) => d.row).join("\n")).not.toMatch(/super-secret|refresh-me|test-token/);
    expect(
      (
        await callRoute(connections.POST, {
          method: "POST",
          token: tokens.editor,
          params: { brand: "acme" },
          body: { platform: "x", account_id: "1", access_token: "t" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callRoute(connections.POST, {
          method: "POST",
          token: tokens.owner,
          params: { brand: "acme" },
          body: { platform: "myspace", account_id: "1" },
        })
      ).status,
    ).toBe(422);
    const del = await callRoute(connectionOne.DELETE, {
      method: "DELETE",
      token: tokens.owner,
      params: { brand: "acme", id: res.json.id },
    });
    expect(del.status).toBe(200);
    expect(
      (
        await callRoute(connectionOne.DELETE, {
          method: "DELETE",
          token: tokens.owner,
          params: { brand: "acme", id: res.json.id },
        })
      ).status,
    ).toBe(404);
  });
});
