import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import * as generate from "@/app/api/strategy/generate/route";
import * as preview from "@/app/api/strategy/generate/preview/route";
import * as approve from "@/app/api/strategy/approve/route";
import * as postRoute from "@/app/api/posts/[id]/route";
import * as regenerate from "@/app/api/posts/[id]/regenerate/route";
import * as suggestion from "@/app/api/posts/[id]/suggestion/route";
import * as versions from "@/app/api/posts/[id]/versions/route";
import * as restore from "@/app/api/posts/[id]/restore/route";
import * as undo from "@/app/api/undo/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let other: Awaited<ReturnType<typeof seedWorkspace>>;
const MONTH = { ...BRIEF, brand_name: "History Co", start_date: "2030-03-01", duration_days: 31 };

beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
  other = await seedWorkspace(db);
});

const gen = (body: unknown) => callRoute(generate.POST, { method: "POST", token: ws.tokens.editor, body });
const patch = (id: string, body: unknown, token = ws.tokens.editor) =>
  callRoute(postRoute.PATCH, { method: "PATCH", token, params: { id }, body });
const live = (date: string, platform: "x" | "linkedin" | "facebook") =>
  db.post.findFirstOrThrow({
    where: {
      brand: { workspaceId: ws.workspace.id, slug: "history-co" },
      archivedAt: null,
      platform,
      date: new Date(`${date}T00:00:00Z`),
    },
  });
// Generating 93-post months on a shared 2-core machine can take a while.
vi.setConfig({ testTimeout: 120_000 });

const counts = async (postId: string) => ({
  versions: await db.postVersion.count({ where: { postId } }),
  events: await db.auditEvent.count({ where: { workspaceId: ws.workspace.id, entityId: postId } }),
});

describe("regenerate keeps human work", () => {
  it("keeps edited, moved, approved and skipped posts, replaces only untouched drafts, and says so", async () => {
    expect((await gen(MONTH)).status).toBe(201);
    const edited = await live("2030-03-05", "linkedin");
    expect((await patch(edited.id, { body: "My own words.", version: edited.version })).status).toBe(200);
    const moved = await live("2030-03-06", "x");
    const movedTarget = "2030-03-09";
    const xOnTarget = await live(movedTarget, "x");
    expect((await patch(moved.id, { date: movedTarget, version: moved.version })).status).toBe(200);
    const skipped = await live("2030-03-07", "facebook");
    expect((await patch(skipped.id, { status: "skipped", version: skipped.version })).status).toBe(200);
    const bulk = await callRoute(approve.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { brand: "history-co", from: "2030-03-10", to: "2030-03-16" },
    });
    expect(bulk.json.approved).toBe(21);
    const published = await live("2030-03-20", "x");
    await db.post.update({ where: { id: published.id }, data: { status: "published" } });
    // A draft nobody edited, but the team discussed: its thread goes only with it.
    const discussed = await live("2030-03-21", "linkedin");
    await db.postComment.create({
      data: { workspaceId: ws.workspace.id, postId: discussed.id, authorLabel: "Nina", body: "Tone this down?" },
    });

    const pre = await callRoute(preview.GET, {
      token: ws.tokens.viewer,
      path: "/x?brand=history-co&start_date=2030-03-01&duration_days=31",
    });
    expect(pre.status).toBe(200);
    // 93 posts: 1 edited + 1 moved + 1 skipped + 21 approved + 1 published + 1 commented kept, 67 untouched replaced
    expect(pre.json.kept_by).toEqual({
      published: 1,
      approved: 21,
      in_review: 0,
      skipped: 1,
      edited: 1,
      moved: 1,
      commented: 1,
    });
    expect(pre.json.kept).toBe(26);
    expect(pre.json.replaced).toBe(67);
    expect(pre.json.summary).toBe(
      "1 published, 21 approved, 1 skipped, 1 edited, 1 moved and 1 commented post kept, 67 drafts replaced",
    );

    const res = await gen({ ...MONTH, seed: 9 });
    expect(res.status).toBe(201);
    expect(res.json.kept).toBe(26);
    expect(res.json.replaced).toBe(67);
    expect(res.json.kept_by).toEqual(pre.json.kept_by);
    for (const p of [edited, moved, skipped, published, discussed]) {
      expect((await db.post.findUniqueOrThrow({ where: { id: p.id } })).archivedAt).toBeNull();
    }
    expect((await db.post.findUniqueOrThrow({ where: { id: edited.id } })).body).toBe("My own words.");
    expect(await db.post.count({ where: { brandId: edited.brandId, archivedAt: null, status: "approved" } })).toBe(21);
    // a slot a kept post holds gets no second post; the day the moved post left gets a fresh one
    expect(await db.post.count({ where: { brandId: edited.brandId, archivedAt: null } })).toBe(93);
    expect((await db.post.findUniqueOrThrow({ where: { id: xOnTarget.id } })).archivedAt).not.toBeNull();
    expect(
      await db.post.count({
        where: { brandId: edited.brandId, archivedAt: null, platform: "x", date: new Date(`${movedTarget}T00:00:00Z`) },
      }),
    ).toBe(1);
  });

  it('replaces human work only with "replace":"all" or a per-post opt-in, never a published post', async () => {
    const edited = await live("2030-03-05", "linkedin");
    const skipped = await live("2030-03-07", "facebook");
    const optIn = await gen({ ...MONTH, seed: 10, replace: [edited.id] });
    expect(optIn.json.kept).toBe(25);
    expect(optIn.json.human_replaced).toBe(1);
    expect((await db.post.findUniqueOrThrow({ where: { id: edited.id } })).archivedAt).not.toBeNull();
    expect((await db.post.findUniqueOrThrow({ where: { id: skipped.id } })).archivedAt).toBeNull();
    const all = await gen({ ...MONTH, seed: 11, replace: "all" });
    expect(all.json.kept).toBe(1);
    expect(all.json.kept_by.published).toBe(1);
    expect((await db.post.findUniqueOrThrow({ where: { id: skipped.id } })).archivedAt).not.toBeNull();
    expect((await gen({ ...MONTH, replace: "some" })).status).toBe(422);
  });

  it("a single day follows the same rules, and a single post with a person's work needs replace:true", async () => {
    const approved = await live("2030-03-22", "linkedin");
    expect((await patch(approved.id, { status: "approved", version: approved.version })).status).toBe(200);
    const day = await gen({ ...MONTH, start_date: "2030-03-22", duration_days: 1, seed: 12 });
    expect(day.json.kept).toBe(1);
    expect(day.json.replaced).toBe(2);
    const fresh = await db.post.findUniqueOrThrow({ where: { id: approved.id } });
    const refused = await callRoute(regenerate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: approved.id },
      body: { version: fresh.version },
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error.details.replace_required).toBe(true);
    expect((await db.post.findUniqueOrThrow({ where: { id: approved.id } })).version).toBe(fresh.version);
    const ok = await callRoute(regenerate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: approved.id },
      body: { version: fresh.version, replace: true },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.status).toBe("draft");
  });
});

describe("every change is one version and one audit event", () => {
  it("edit, move, approve, skip, regenerate, suggestion and restore each write exactly one of each", async () => {
    const post = await live("2030-03-25", "facebook");
    let v = post.version;
    const step = async (call: () => Promise<{ status: number; json: { version?: number } }>, reason: string) => {
      const before = await counts(post.id);
      const res = await call();
      expect(res.status, reason).toBe(200);
      const after = await counts(post.id);
      // the first change also snapshots the generated state it replaces
      expect(after.versions - before.versions, reason).toBe(before.versions === 0 ? 2 : 1);
      expect(after.events - before.events, reason).toBe(1);
      const last = await db.postVersion.findFirstOrThrow({ where: { postId: post.id }, orderBy: { version: "desc" } });
      expect(last.reason).toBe(reason);
      const event = await db.auditEvent.findFirstOrThrow({
        where: { entityId: post.id },
        orderBy: { createdAt: "desc" },
      });
      expect(last.changeId).toBe(event.id);
      v = (await db.post.findUniqueOrThrow({ where: { id: post.id } })).version;
      expect(last.version).toBe(v);
    };
    await step(() => patch(post.id, { body: "Edited once.", version: v }), "edit");
    await step(() => patch(post.id, { date: "2030-03-27", version: v }), "move");
    await step(() => patch(post.id, { status: "approved", version: v }), "approve");
    await step(() => patch(post.id, { status: "skipped", version: v }), "skip");
    await step(
      () =>
        callRoute(regenerate.POST, {
          method: "POST",
          token: ws.tokens.editor,
          params: { id: post.id },
          body: { version: v, replace: true },
        }),
      "regenerate",
    );
    await db.post.update({ where: { id: post.id }, data: { suggestion: { body: "Timely!", reason: "news" } } });
    await step(
      () =>
        callRoute(suggestion.POST, {
          method: "POST",
          token: ws.tokens.editor,
          params: { id: post.id },
          body: { action: "accept", version: v },
        }),
      "suggestion",
    );
    const first = await db.postVersion.findFirstOrThrow({ where: { postId: post.id, reason: "edit" } });
    await step(
      () =>
        callRoute(restore.POST, {
          method: "POST",
          token: ws.tokens.editor,
          params: { id: post.id },
          body: { version_id: first.id, version: v },
        }),
      "restore",
    );
  });

  it("a bulk approve writes one audit event and one version per approved post", async () => {
    const before = await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } });
    const res = await callRoute(approve.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { brand: "history-co", from: "2030-03-28", to: "2030-03-28" },
    });
    expect(res.json.approved).toBe(3);
    expect(await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } })).toBe(before + 1);
    expect(await db.postVersion.count({ where: { changeId: res.json.change_id, reason: "approve" } })).toBe(3);
  });
});

describe("history and restore", () => {
  it("lists versions newest first with the issue's fields, for a viewer, and hides them from other workspaces", async () => {
    const post = await live("2030-03-29", "linkedin");
    expect((await patch(post.id, { body: "Second body.", version: post.version })).status).toBe(200);
    const res = await callRoute(versions.GET, { token: ws.tokens.viewer, params: { id: post.id } });
    expect(res.status).toBe(200);
    expect(res.json.versions.map((v: { reason: string }) => v.reason)).toEqual(["edit", "generate"]);
    expect(Object.keys(res.json.versions[0])).toEqual(
      expect.arrayContaining(["id", "body", "date", "status", "actor", "reason", "created_at"]),
    );
    expect(res.json.versions[0].body).toBe("Second body.");
    expect(res.json.versions[1].body).toBe(post.body);
    expect(res.json.versions[0].actor).toMatch(/^token:editor/);
    expect(res.json.versions[0].actor_name).toBeNull();
    // a person is named as the activity log names them; the stored label stays their email
    await db.user.update({ where: { id: ws.users.editor }, data: { name: "Eddie Editor" } });
    const fresh = await live("2030-03-27", "facebook");
    const bySession = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      userId: ws.users.editor,
      params: { id: fresh.id },
      body: { body: "Third body.", version: fresh.version },
    });
    expect(bySession.status, bySession.text).toBe(200);
    const named = await callRoute(versions.GET, { token: ws.tokens.viewer, params: { id: fresh.id } });
    expect(named.json.versions[0]).toMatchObject({ actor_name: "Eddie Editor" });
    expect(named.json.versions[0].actor).toMatch(/@/);
    expect((await callRoute(versions.GET, { token: other.tokens.owner, params: { id: post.id } })).status).toBe(404);
    expect((await callRoute(versions.GET, { params: { id: post.id } })).status).toBe(401);
  });

  it("restores an older body as a new version, 409 on a stale version, 403 for a viewer, 422 for bad input", async () => {
    const post = await live("2030-03-29", "linkedin");
    const list = await callRoute(versions.GET, { token: ws.tokens.viewer, params: { id: post.id } });
    const original = list.json.versions.find((v: { reason: string }) => v.reason === "generate");
    const body = { version_id: original.id, version: post.version };
    expect(
      (await callRoute(restore.POST, { method: "POST", token: ws.tokens.viewer, params: { id: post.id }, body }))
        .status,
    ).toBe(403);
    expect(
      (
        await callRoute(restore.POST, {
          method: "POST",
          token: ws.tokens.editor,
          params: { id: post.id },
          body: { version: "x" },
        })
      ).status,
    ).toBe(422);
    const ok = await callRoute(restore.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: post.id },
      body,
    });
    expect(ok.status).toBe(200);
    expect(ok.json.body).toBe(original.body);
    expect(ok.json.version).toBe(post.version + 1);
    const stale = await callRoute(restore.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: post.id },
      body,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details.current_version).toBe(post.version + 1);
    const after = await callRoute(versions.GET, { token: ws.tokens.viewer, params: { id: post.id } });
    expect(after.json.versions.map((v: { reason: string }) => v.reason)).toEqual(["restore", "edit", "generate"]);
    expect(
      (
        await callRoute(restore.POST, {
          method: "POST",
          token: other.tokens.owner,
          params: { id: post.id },
          body: { version_id: original.id, version: post.version + 1 },
        })
      ).status,
    ).toBe(404);
  });

  it("keeps a published post's history but never restores over what was sent", async () => {
    const post = await live("2030-03-30", "x");
    expect((await patch(post.id, { body: "Sent words.", version: post.version })).status).toBe(200);
    await db.post.update({ where: { id: post.id }, data: { status: "published" } });
    const list = await callRoute(versions.GET, { token: ws.tokens.viewer, params: { id: post.id } });
    expect(list.json.versions).toHaveLength(2);
    expect(list.json.restorable).toBe(false);
    const res = await callRoute(restore.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: post.id },
      body: { version_id: list.json.versions[1].id, version: post.version + 1 },
    });
    expect(res.status).toBe(409);
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).body).toBe("Sent words.");
  });
});

describe("undo", () => {
  const undoCall = (change_id: string, token = ws.tokens.editor) =>
    callRoute(undo.POST, { method: "POST", token, body: { change_id } });

  it("undoes a bulk approve: exactly the approved posts go back to their previous version, in one go", async () => {
    const alreadyApproved = await live("2030-03-31", "x");
    await patch(alreadyApproved.id, { status: "approved", version: alreadyApproved.version });
    const res = await callRoute(approve.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { brand: "history-co", from: "2030-03-31", to: "2030-03-31" },
    });
    expect(res.json.approved).toBe(2);
    expect((await undoCall(res.json.change_id, ws.tokens.viewer)).status).toBe(403);
    expect((await undoCall(res.json.change_id, other.tokens.owner)).status).toBe(404);
    const done = await undoCall(res.json.change_id);
    expect(done.status).toBe(200);
    expect(done.json.undone).toBe(2);
    const day = await db.post.findMany({
      where: { brand: { workspaceId: ws.workspace.id }, archivedAt: null, date: new Date("2030-03-31T00:00:00Z") },
    });
    expect(day.filter((p) => p.status === "approved").map((p) => p.id)).toEqual([alreadyApproved.id]);
    expect(day.filter((p) => p.status === "draft")).toHaveLength(2);
    expect((await undoCall(res.json.change_id)).status).toBe(409);
  });

  it("undoes a move, and refuses (changing nothing) when a post changed since", async () => {
    const post = await live("2030-03-18", "linkedin");
    const moved = await patch(post.id, { date: "2030-03-19", version: post.version });
    expect(moved.json.date).toBe("2030-03-19");
    const edited = await patch(post.id, { body: "Changed after the move.", version: moved.json.version });
    expect(edited.status).toBe(200);
    expect((await undoCall(moved.json.change_id)).status).toBe(409);
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).body).toBe("Changed after the move.");
    const undoneEdit = await undoCall(edited.json.change_id);
    expect(undoneEdit.status).toBe(200);
    const again = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(again.body).toBe(post.body);
    expect(again.date.toISOString().slice(0, 10)).toBe("2030-03-19");
  });

  it("moves a post to another day and time in the brand's zone, refuses bad or past times, and undoes it", async () => {
    const post = await live("2030-03-25", "facebook");
    const moved = await patch(post.id, { date: "2030-03-26", time: "07:45", version: post.version });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ date: "2030-03-26", time: "07:45" });
    // Europe/Paris is UTC+1 in March before the DST change on the 31st.
    const row = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(row.scheduledAt.toISOString()).toBe("2030-03-26T06:45:00.000Z");
    const timeOnly = await patch(post.id, { time: "18:00", version: moved.json.version });
    expect(timeOnly.json).toMatchObject({ date: "2030-03-26", time: "18:00" });
    const bad = await patch(post.id, { time: "25:00", version: timeOnly.json.version });
    expect(bad.status).toBe(422);
    expect((await undoCall(timeOnly.json.change_id)).status).toBe(200);
    const back = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(back.scheduledAt.toISOString()).toBe("2030-03-26T06:45:00.000Z");
  });

  it("undoes a month regenerate: the replaced posts come back and the new ones go", async () => {
    const before = await db.post.findMany({
      where: { brand: { workspaceId: ws.workspace.id, slug: "history-co" }, archivedAt: null },
      select: { id: true },
    });
    const res = await gen({ ...MONTH, seed: 13 });
    expect(res.status).toBe(201);
    const done = await undoCall(res.json.change_id);
    expect(done.status).toBe(200);
    const after = await db.post.findMany({
      where: { brand: { workspaceId: ws.workspace.id, slug: "history-co" }, archivedAt: null },
      select: { id: true },
    });
    expect(after.map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort());
  });
});
