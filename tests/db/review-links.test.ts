import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as links from "@/app/api/brands/[brand]/review-links/route";
import * as page from "@/app/api/review/[token]/route";
import * as decide from "@/app/api/review/[token]/posts/[id]/route";
import * as brandRoute from "@/app/api/brands/[brand]/route";
import * as restoreBrand from "@/app/api/brands/[brand]/restore/route";
import * as postRoute from "@/app/api/posts/[id]/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, FIXTURE_DAY, type Tenant } from "./support/tenant-fixture";

let db: Db;
let t: Tenant;
let foreign: Tenant;

beforeAll(async () => {
  db = await useRouteEnv({ NEXTAUTH_URL: "http://app.test" });
  t = await seedTenant(db); // posts on FIXTURE_DAY and the two days after
  foreign = await seedTenant(db);
});

const tokenOf = (url: string) => /\/review\/(rvw_[\w-]+)/.exec(url)![1];
const create = (body: unknown, token = t.tokens.editor) =>
  callRoute(links.POST, { method: "POST", token, params: { brand: t.brand.slug }, body });

describe("client review links", () => {
  it("shows only the range's posts, without sign-in, and never anything outside it", async () => {
    const res = await create({ from: FIXTURE_DAY, to: FIXTURE_DAY, platforms: ["linkedin", "x"] });
    expect(res.status).toBe(201);
    expect(res.json.url).toMatch(/^http:\/\/app\.test\/review\/rvw_/);
    const token = tokenOf(res.json.url);
    const row = await db.reviewLink.findUniqueOrThrow({ where: { id: res.json.id } });
    expect(JSON.stringify(row)).not.toContain(token);

    const view = await callRoute(page.GET, { params: { token } });
    expect(view.status).toBe(200);
    expect(view.json.posts.map((p: { date: string }) => p.date)).toEqual([FIXTURE_DAY, FIXTURE_DAY]);
    expect(new Set(view.json.posts.map((p: { platform: string }) => p.platform))).toEqual(new Set(["linkedin", "x"]));
    expect(view.text).not.toContain(t.workspace.id);
    expect(Object.keys(view.json.posts[0]).sort()).toEqual([
      "body",
      "date",
      "decisions",
      "first_comment",
      "id",
      "link",
      "media_ids",
      "parts",
      "platform",
      "slides",
      "status",
      "time",
      "version",
    ]);

    // A post of the brand outside the range, one on an excluded network, and another tenant's post: all 404, unchanged.
    const outside = t.posts.find((p) => p.date.toISOString().slice(0, 10) !== FIXTURE_DAY)!;
    const fb = t.posts.find((p) => p.date.toISOString().slice(0, 10) === FIXTURE_DAY && p.platform === "facebook")!;
    for (const id of [outside.id, fb.id, foreign.posts[0].id]) {
      const r = await callRoute(decide.POST, {
        method: "POST",
        params: { token, id },
        body: { decision: "approve", name: "Cli" },
      });
      expect(r.status, id).toBe(404);
    }
    expect((await db.post.findUniqueOrThrow({ where: { id: outside.id } })).status).toBe("draft");
    expect((await db.post.findUniqueOrThrow({ where: { id: foreign.posts[0].id } })).status).toBe("draft");

    // Inside the range: the decision lands on the post, in its comments and in the activity log.
    const inside = view.json.posts[0];
    expect(
      (
        await callRoute(decide.POST, {
          method: "POST",
          params: { token, id: inside.id },
          body: { decision: "request_changes", name: "Cli" },
        })
      ).status,
    ).toBe(422);
    // A teammate edits the post while the client reads it: the client's yes on the old text is refused.
    await db.post.update({ where: { id: inside.id }, data: { body: "Edited meanwhile", version: { increment: 1 } } });
    const stale = await callRoute(decide.POST, {
      method: "POST",
      params: { token, id: inside.id },
      body: { decision: "approve", name: "Clara Client", version: inside.version },
    });
    expect([stale.status, stale.json.error.details]).toEqual([409, { current_version: inside.version + 1 }]);
    expect(stale.json.error.message).toMatch(/^This post changed since you opened the page/);
    expect((await db.post.findUniqueOrThrow({ where: { id: inside.id } })).status).toBe("draft");
    const ok = await callRoute(decide.POST, {
      method: "POST",
      params: { token, id: inside.id },
      body: { decision: "approve", name: "Clara Client", comment: "Lovely", version: inside.version + 1 },
    });
    expect(ok.json).toEqual({ id: inside.id, status: "approved" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: inside.id, action: "post.client.approve" },
    });
    expect(audit.actorLabel).toBe("Clara Client (client)");
    expect(audit.workspaceId).toBe(t.workspace.id);
    const again = await callRoute(page.GET, { params: { token } });
    expect(again.json.posts[0].decisions[0]).toMatchObject({ decision: "approve", name: "Clara Client (client)" });

    const changes = await callRoute(decide.POST, {
      method: "POST",
      params: { token, id: view.json.posts[1].id },
      body: { decision: "request_changes", name: "Clara", comment: "Less jargon" },
    });
    expect(changes.json.status).toBe("draft");
    expect(
      await db.postComment.count({ where: { postId: view.json.posts[1].id, kind: "client_changes_requested" } }),
    ).toBe(1);
  });

  it("stops working once revoked or expired, and only the brand's editors manage it", async () => {
    const res = await create({ from: FIXTURE_DAY, to: "2030-03-12" });
    const token = tokenOf(res.json.url);
    expect((await callRoute(page.GET, { params: { token } })).json.posts).toHaveLength(9);
    expect((await create({ from: FIXTURE_DAY, to: FIXTURE_DAY }, t.tokens.viewer)).status).toBe(403);
    expect((await create({ from: "2030-03-12", to: FIXTURE_DAY })).status).toBe(422);
    const foreignRevoke = await callRoute(links.DELETE, {
      method: "DELETE",
      token: foreign.tokens.owner,
      params: { brand: t.brand.slug },
      body: { id: res.json.id },
    });
    expect(foreignRevoke.status).toBe(404);
    const revoke = await callRoute(links.DELETE, {
      method: "DELETE",
      token: t.tokens.editor,
      params: { brand: t.brand.slug },
      body: { url: res.json.url },
    });
    expect(revoke.status).toBe(200);
    const gone = await callRoute(page.GET, { params: { token } });
    expect(gone.status).toBe(404);
    expect(gone.text).not.toContain(t.brand.name);
    const post = (
      await callRoute(decide.POST, {
        method: "POST",
        params: { token, id: t.posts[2].id },
        body: { decision: "approve", name: "Late" },
      })
    ).status;
    expect(post).toBe(404);

    const expiring = await create({ from: FIXTURE_DAY, to: FIXTURE_DAY, expires_in_days: 1 });
    await db.reviewLink.update({ where: { id: expiring.json.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await callRoute(page.GET, { params: { token: tokenOf(expiring.json.url) } })).status).toBe(404);
    expect((await callRoute(page.GET, { params: { token: "rvw_" + "A".repeat(43) } })).status).toBe(404);
    const list = await callRoute(links.GET, { token: t.tokens.viewer, params: { brand: t.brand.slug } });
    expect(list.json.links.map((l: { state: string }) => l.state).sort()).toEqual(["active", "expired", "revoked"]);
  });

  it("goes with its brand when the brand is archived, and comes back if it is restored", async () => {
    const a = await seedTenant(db);
    const res = await callRoute(links.POST, {
      method: "POST",
      token: a.tokens.editor,
      params: { brand: a.brand.slug },
      body: { from: FIXTURE_DAY, to: FIXTURE_DAY },
    });
    const token = tokenOf(res.json.url);
    const post = a.posts[0];
    const archived = await callRoute(brandRoute.DELETE, {
      method: "DELETE",
      token: a.tokens.owner,
      params: { brand: a.brand.slug },
    });
    expect(archived.status, archived.text).toBe(200);
    const gone = await callRoute(page.GET, { params: { token } });
    expect(gone.status).toBe(404);
    expect(gone.text).not.toContain(post.body.slice(0, 30));
    const decided = await callRoute(decide.POST, {
      method: "POST",
      params: { token, id: post.id },
      body: { decision: "approve", name: "Client" },
    });
    expect(decided.status).toBe(404);
    // Nor can the team change the archived brand's posts.
    const edited = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      token: a.tokens.editor,
      params: { id: post.id },
      body: { body: "Changed while archived", version: post.version },
    });
    expect(edited.status).toBe(404);
    const row = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect([row.status, row.body]).toEqual([post.status, post.body]);

    const restored = await callRoute(restoreBrand.POST, {
      method: "POST",
      token: a.tokens.owner,
      params: { brand: a.brand.slug },
    });
    expect(restored.status, restored.text).toBeLessThan(300);
    expect((await callRoute(page.GET, { params: { token } })).json.posts.length).toBeGreaterThan(0);
  });

  it("with approval required, a client's yes puts the post in review for an approver; a second yes changes nothing", async () => {
    await db.workspace.update({ where: { id: t.workspace.id }, data: { approvalRequired: true } });
    try {
      const res = await create({ from: FIXTURE_DAY, to: FIXTURE_DAY });
      const token = tokenOf(res.json.url);
      const draft = (await callRoute(page.GET, { params: { token } })).json.posts.find(
        (p: { status: string }) => p.status === "draft",
      );
      const yes = () =>
        callRoute(decide.POST, {
          method: "POST",
          params: { token, id: draft.id },
          body: { decision: "approve", name: "Anyone With The Link" },
        });
      expect((await yes()).json).toEqual({ id: draft.id, status: "in_review" });
      const inReview = await db.post.findUniqueOrThrow({ where: { id: draft.id } });
      expect(inReview.status).toBe("in_review");
      // The owner (an approver) is told the post waits for them.
      const told = await db.notification.findMany({ where: { entityId: draft.id, kind: "review_requested" } });
      expect(told.map((n) => n.userId)).toContain(t.users.owner);
      expect(told[0].title).toContain("Anyone With The Link (client) approved");
      // A second yes while it waits records nothing more.
      const thread = await db.postComment.count({ where: { postId: draft.id } });
      expect((await yes()).json).toEqual({ id: draft.id, status: "in_review" });
      expect((await db.post.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(inReview.version);
      expect(await db.postComment.count({ where: { postId: draft.id } })).toBe(thread);
      expect(await db.notification.count({ where: { entityId: draft.id, kind: "review_requested" } })).toBe(
        told.length,
      );

      await db.post.update({ where: { id: draft.id }, data: { status: "approved" } });
      const before = await db.post.findUniqueOrThrow({ where: { id: draft.id } });
      const comments = await db.postComment.count({ where: { postId: draft.id } });
      expect((await yes()).json).toEqual({ id: draft.id, status: "approved" });
      expect((await db.post.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(before.version);
      expect(await db.postComment.count({ where: { postId: draft.id } })).toBe(comments);
    } finally {
      await db.workspace.update({ where: { id: t.workspace.id }, data: { approvalRequired: false } });
    }
  });
});
