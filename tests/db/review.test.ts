import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as submit from "@/app/api/strategy/submit/route";
import * as approve from "@/app/api/strategy/approve/route";
import * as review from "@/app/api/posts/[id]/review/route";
import * as postRoute from "@/app/api/posts/[id]/route";
import * as comments from "@/app/api/posts/[id]/comments/route";
import * as notifications from "@/app/api/notifications/route";
import * as read from "@/app/api/notifications/read/route";
import * as prefs from "@/app/api/notifications/preferences/route";
import * as brandPosts from "@/app/api/brands/[brand]/posts/route";
import * as undo from "@/app/api/undo/route";
import * as restore from "@/app/api/posts/[id]/restore/route";
import * as audit from "@/app/api/audit/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, FIXTURE_DAY, type Tenant } from "./support/tenant-fixture";

let db: Db;
let t: Tenant;
let approverId: string;

beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db);
  const approver = await db.user.create({
    data: { email: `approver-${t.tag}@example.com`, name: "Ada Approver", passwordHash: "x" },
  });
  await db.membership.create({ data: { userId: approver.id, workspaceId: t.workspace.id, role: "approver" } });
  approverId = approver.id;
});

const post = () => db.post.findUniqueOrThrow({ where: { id: t.posts[0].id } });
const setApproval = (on: boolean) =>
  db.workspace.update({ where: { id: t.workspace.id }, data: { approvalRequired: on } });
const decide = async (userId: string, decision: string, comment?: string) =>
  callRoute(review.POST, {
    method: "POST",
    userId,
    params: { id: t.posts[0].id },
    body: { decision, comment, version: (await post()).version },
  });

describe("the review step", () => {
  it("with approval off, everything works as before: an editor approves directly and submit is refused", async () => {
    const p = await post();
    const res = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      userId: t.users.editor,
      params: { id: p.id },
      body: { status: "approved", version: p.version },
    });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("approved");
    await db.post.update({ where: { id: p.id }, data: { status: "draft" } });
    const s = await callRoute(submit.POST, { method: "POST", token: t.tokens.editor, body: { brand: t.brand.slug } });
    expect(s.status).toBe(409);
  });

  it("with approval on: an editor submits, approvers are notified, and nobody approves a version they edited", async () => {
    await setApproval(true);
    const p = await post();
    // The approver edits the text: that version is now theirs.
    const edit = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      userId: approverId,
      params: { id: p.id },
      body: { body: "Approver's own words", version: p.version },
    });
    expect(edit.status).toBe(200);
    expect(edit.json.last_editor_id).toBe(approverId);

    // An editor cannot approve any more, neither by PATCH nor in bulk.
    const direct = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      userId: t.users.editor,
      params: { id: p.id },
      body: { status: "approved", version: edit.json.version },
    });
    expect(direct.status).toBe(403);
    const bulk = await callRoute(approve.POST, {
      method: "POST",
      userId: t.users.editor,
      body: { brand: t.brand.slug },
    });
    expect(bulk.status).toBe(403);

    const sub = await callRoute(submit.POST, {
      method: "POST",
      userId: t.users.editor,
      body: { brand: t.brand.slug, from: FIXTURE_DAY, to: FIXTURE_DAY },
    });
    expect(sub.status).toBe(200);
    expect(sub.json.submitted).toBe(3);
    expect((await post()).status).toBe("in_review");
    const bell = await callRoute(notifications.GET, { userId: approverId });
    expect(bell.json.unread).toBe(1);
    expect(bell.json.notifications[0]).toMatchObject({ kind: "review_requested", read: false });
    expect((await callRoute(notifications.GET, { userId: t.users.owner })).json.unread).toBe(1);
    expect((await callRoute(notifications.GET, { userId: t.users.editor })).json.unread).toBe(0);

    // Self-approval: 403 with the reason, by the review route, PATCH and bulk alike; nothing changes.
    const self = await decide(approverId, "approve");
    expect(self.status).toBe(403);
    expect(self.json.error.message).toMatch(/edited this version yourself/);
    const selfPatch = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      userId: approverId,
      params: { id: p.id },
      body: { status: "approved", version: (await post()).version },
    });
    expect(selfPatch.status).toBe(403);
    const selfBulk = await callRoute(approve.POST, {
      method: "POST",
      userId: approverId,
      body: { brand: t.brand.slug, from: FIXTURE_DAY, to: FIXTURE_DAY },
    });
    expect(selfBulk.json.approved).toBe(2); // the two posts the approver did not write
    expect((await post()).status).toBe("in_review");
    const tokenApproval = await callRoute(review.POST, {
      method: "POST",
      token: t.tokens.owner,
      params: { id: p.id },
      body: { decision: "approve", version: (await post()).version },
    });
    expect(tokenApproval.status).toBe(403);

    // Requesting changes needs a comment; then the post goes back to draft and its editor is told.
    expect((await decide(t.users.owner, "request_changes")).status).toBe(422);
    const changes = await decide(t.users.owner, "request_changes", "Shorter please, @approver-" + t.tag);
    expect(changes.status).toBe(200);
    expect(changes.json.status).toBe("draft");
    const approverBell = await callRoute(notifications.GET, { userId: approverId });
    expect(approverBell.json.notifications.map((n: { kind: string }) => n.kind)).toContain("changes_requested");
    const thread = await callRoute(comments.GET, { userId: t.users.viewer, params: { id: p.id } });
    expect(thread.json.comments).toEqual([
      expect.objectContaining({ kind: "changes_requested", body: expect.stringContaining("Shorter") }),
    ]);

    // The editor fixes it and resubmits; the approver (no longer the author) approves.
    const fix = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      userId: t.users.editor,
      params: { id: p.id },
      body: { body: "Shorter.", version: (await post()).version },
    });
    expect(fix.status).toBe(200);
    await callRoute(submit.POST, {
      method: "POST",
      userId: t.users.editor,
      body: { brand: t.brand.slug, from: FIXTURE_DAY, to: FIXTURE_DAY },
    });
    // Rewriting and approving in one request is approving one's own text: refused, and nothing changes.
    const before = await post();
    const rewriteAndApprove = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      userId: approverId,
      params: { id: p.id },
      body: { body: "My words, approved by me", status: "approved", version: before.version },
    });
    expect(rewriteAndApprove.status).toBe(403);
    expect(rewriteAndApprove.json.error.message).toMatch(/edited this version yourself/);
    expect(await post()).toMatchObject({ body: "Shorter.", status: "in_review", version: before.version });
    const ok = await decide(approverId, "approve");
    expect(ok.status).toBe(200);
    expect(ok.json.status).toBe("approved");
    const audit = await db.auditEvent.findMany({ where: { entityId: p.id, action: { startsWith: "post.review" } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["post.review.approve", "post.review.changes_requested"]);
  });

  it("comments mention members, notify them, and show as a count on the calendar", async () => {
    const p = t.posts[1];
    const res = await callRoute(comments.POST, {
      method: "POST",
      userId: t.users.editor,
      params: { id: p.id },
      body: { body: `What do you think @approver-${t.tag} and @nobody?` },
    });
    expect(res.status).toBe(201);
    expect(res.json.mentions).toEqual([approverId]);
    const bell = await callRoute(notifications.GET, { userId: approverId, path: "/api/notifications?unread=1" });
    expect(bell.json.notifications[0]).toMatchObject({ kind: "mention" });
    const cal = await callRoute(brandPosts.GET, {
      userId: t.users.viewer,
      params: { brand: t.brand.slug },
      path: `/api/brands/${t.brand.slug}/posts?from=${FIXTURE_DAY}&to=${FIXTURE_DAY}`,
    });
    expect(cal.json.posts.find((x: { id: string }) => x.id === p.id).comment_count).toBe(1);
    expect(
      (
        await callRoute(comments.POST, {
          method: "POST",
          userId: t.users.editor,
          params: { id: p.id },
          body: { body: "  " },
        })
      ).status,
    ).toBe(422);
    const foreign = await seedTenant(db);
    expect((await callRoute(comments.GET, { token: foreign.tokens.owner, params: { id: p.id } })).status).toBe(404);
  });

  it("marks notifications read and honours each member's preferences", async () => {
    const marked = await callRoute(read.POST, { method: "POST", userId: approverId, body: { all: true } });
    expect(marked.json.marked).toBeGreaterThan(0);
    expect((await callRoute(notifications.GET, { userId: approverId })).json.unread).toBe(0);
    const put = await callRoute(prefs.PUT, {
      method: "PUT",
      userId: approverId,
      body: { preferences: [{ kind: "mention", in_app: false, email: false }] },
    });
    expect(put.json.preferences.find((p: { kind: string }) => p.kind === "mention")).toMatchObject({ in_app: false });
    await callRoute(comments.POST, {
      method: "POST",
      userId: t.users.editor,
      params: { id: t.posts[1].id },
      body: { body: `Again @approver-${t.tag}` },
    });
    expect((await callRoute(notifications.GET, { userId: approverId })).json.unread).toBe(0);
    expect((await callRoute(read.POST, { method: "POST", userId: approverId, body: {} })).status).toBe(422);
    expect((await callRoute(notifications.GET, { token: t.tokens.owner })).status).toBe(403);
  });

  it("a submit and a review decision are undone like any change: each puts back exactly the posts it changed", async () => {
    await setApproval(true);
    // a new version number, so the draft is what the first change records as "before"
    const target = await db.post.update({
      where: { id: t.posts[1].id },
      data: { status: "draft", version: { increment: 1 } },
    });
    const day = target.date.toISOString().slice(0, 10);
    const status = async () => (await db.post.findUniqueOrThrow({ where: { id: target.id } })).status;
    const submitDay = () =>
      callRoute(submit.POST, {
        method: "POST",
        userId: t.users.editor,
        body: { brand: t.brand.slug, from: day, to: day, platforms: [target.platform] },
      });
    const undoAs = (userId: string, changeId: string) =>
      callRoute(undo.POST, { method: "POST", userId, body: { change_id: changeId } });

    const first = await submitDay();
    expect(first.status, first.text).toBe(200);
    expect(await status()).toBe("in_review");
    const undoSubmit = await undoAs(t.users.editor, first.json.change_id);
    expect(undoSubmit.status, undoSubmit.text).toBe(200);
    expect(undoSubmit.json).toMatchObject({ undone: 1, action: "post.submit" });
    expect(await status()).toBe("draft");

    expect((await submitDay()).status).toBe(200);
    const fresh = await db.post.findUniqueOrThrow({ where: { id: target.id } });
    const decided = await callRoute(review.POST, {
      method: "POST",
      userId: approverId,
      params: { id: target.id },
      body: { decision: "approve", version: fresh.version },
    });
    expect(decided.status, decided.text).toBe(200);
    expect(decided.json.status).toBe("approved");
    const undoApprove = await undoAs(approverId, decided.json.change_id);
    expect(undoApprove.status, undoApprove.text).toBe(200);
    expect(undoApprove.json).toMatchObject({ undone: 1, action: "post.review.approve" });
    expect(await status()).toBe("in_review");
    await setApproval(false);
  });

  it("an undo that would bring back an approval obeys the approval rule: an editor cannot, an approver can", async () => {
    await setApproval(true);
    const target = await db.post.update({
      where: { id: t.posts[2].id },
      data: { status: "in_review", version: { increment: 1 } },
    });
    const status = async () => (await db.post.findUniqueOrThrow({ where: { id: target.id } })).status;
    const approved = await callRoute(review.POST, {
      method: "POST",
      userId: approverId,
      params: { id: target.id },
      body: { decision: "approve", version: target.version },
    });
    expect(approved.json.status, approved.text).toBe("approved");
    // The approver takes the approval back…
    const back = await callRoute(postRoute.PATCH, {
      method: "PATCH",
      userId: approverId,
      params: { id: target.id },
      body: { status: "draft", version: approved.json.version },
    });
    expect(back.status, back.text).toBe(200);
    const change = (
      await db.auditEvent.findFirstOrThrow({ where: { entityId: target.id }, orderBy: { createdAt: "desc" } })
    ).id;
    // …and an editor's Undo of that would approve the post again: refused, nothing changes.
    const byEditor = await callRoute(undo.POST, {
      method: "POST",
      userId: t.users.editor,
      body: { change_id: change },
    });
    expect([byEditor.status, byEditor.json.error.code]).toEqual([403, "forbidden"]);
    expect(await status()).toBe("draft");
    // History's Restore of the approved version is the same approval.
    const approvedVersion = await db.postVersion.findFirstOrThrow({ where: { postId: target.id, status: "approved" } });
    const restored = await callRoute(restore.POST, {
      method: "POST",
      userId: t.users.editor,
      params: { id: target.id },
      body: {
        version_id: approvedVersion.id,
        version: (await db.post.findUniqueOrThrow({ where: { id: target.id } })).version,
      },
    });
    expect([restored.status, await status()]).toEqual([403, "draft"]);
    const byApprover = await callRoute(undo.POST, { method: "POST", userId: approverId, body: { change_id: change } });
    expect(byApprover.status, byApprover.text).toBe(200);
    expect(await status()).toBe("approved");
    await setApproval(false);
  });

  it("a review decision's comment notifies the members it names, as a thread comment does", async () => {
    await setApproval(true);
    const target = await db.post.update({
      where: { id: t.posts[3].id },
      data: { status: "in_review", version: { increment: 1 } },
    });
    const viewer = await db.user.findUniqueOrThrow({ where: { id: t.users.viewer } });
    const res = await callRoute(review.POST, {
      method: "POST",
      userId: approverId,
      params: { id: target.id },
      body: {
        decision: "request_changes",
        comment: `Too long, cc @${viewer.email.split("@")[0]}`,
        version: target.version,
      },
    });
    expect(res.status, res.text).toBe(200);
    const comment = await db.postComment.findFirstOrThrow({ where: { postId: target.id, kind: "changes_requested" } });
    expect(comment.mentions).toEqual([viewer.id]);
    const bell = await callRoute(notifications.GET, { userId: viewer.id, path: "/api/notifications?unread=1" });
    expect(bell.json.notifications.map((n: { kind: string }) => n.kind)).toContain("mention");
    await setApproval(false);
  });

  it("names members by their name, not their email, in the bell, the comments and the activity log", async () => {
    const editor = await db.user.update({ where: { id: t.users.editor }, data: { name: "Eddie Editor" } });
    await db.notificationPreference.deleteMany({ where: { userId: approverId } });
    const p = t.posts[2];
    const added = await callRoute(comments.POST, {
      method: "POST",
      userId: editor.id,
      params: { id: p.id },
      body: { body: `Names please @approver-${t.tag}` },
    });
    expect(added.status, added.text).toBe(201);
    // the stored label stays the email: `author` keeps its meaning, `author_name` is added
    expect(added.json).toMatchObject({ author: editor.email, author_name: "Eddie Editor" });
    const thread = await callRoute(comments.GET, { userId: t.users.viewer, params: { id: p.id } });
    expect(thread.json.comments.at(-1)).toMatchObject({ author: editor.email, author_name: "Eddie Editor" });

    const bell = await callRoute(notifications.GET, { userId: approverId });
    const mention = bell.json.notifications.find((n: { title: string }) => n.title.includes("Names please"));
    expect(mention.title).toMatch(/^Eddie Editor mentioned you/);
    expect(mention.title).not.toContain(editor.email);

    // A notification written before titles carried names still reads with the name.
    await db.notification.create({
      data: {
        workspaceId: t.workspace.id,
        userId: approverId,
        kind: "mention",
        title: `${editor.email} mentioned you on the X post of 2030-03-12: old`,
        titleText: {
          key: "notifications.titles.mention",
          values: { actor: editor.email, network: "X", date: "2030-03-12", excerpt: "old" },
        },
        createdAt: new Date(Date.now() + 60_000),
      },
    });
    const again = await callRoute(notifications.GET, { userId: approverId });
    expect(again.json.notifications[0].title).toBe("Eddie Editor mentioned you on the X post of 2030-03-12: old");

    const log = await callRoute(audit.GET, { userId: t.users.owner, path: "/api/audit?action=post.comment" });
    const event = log.json.events.find((e: { target_id: string }) => e.target_id === p.id);
    expect(event).toMatchObject({ actor: editor.email, actor_name: "Eddie Editor" });

    // Without a name, the email it is.
    await db.user.update({ where: { id: t.users.viewer }, data: { name: " " } });
    const bare = await callRoute(comments.POST, {
      method: "POST",
      userId: t.users.viewer,
      params: { id: p.id },
      body: { body: "No name here" },
    });
    expect(bare.json).toMatchObject({ author_name: null, author: expect.stringContaining("@") });
  });
});
