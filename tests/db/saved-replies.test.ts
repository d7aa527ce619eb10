// Saved replies: written once for the team, edited with the old text logged, deleted and restored, per workspace.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as list from "@/app/api/saved-replies/route";
import * as one from "@/app/api/saved-replies/[id]/route";
import * as restore from "@/app/api/saved-replies/[id]/restore/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, type Tenant } from "./support/tenant-fixture";

let db: Db;
let t: Tenant;
let other: Tenant;
beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db);
  other = await seedTenant(db);
});

const titles = async (tenant: Tenant) => {
  const res = await callRoute(list.GET, { token: tenant.tokens.viewer });
  expect(res.status).toBe(200);
  return (res.json.saved_replies as { title: string }[]).map((r) => r.title);
};

describe("saved replies", () => {
  it("are created, listed by title, edited, deleted and restored, with each step in the activity log", async () => {
    const created = await callRoute(list.POST, {
      method: "POST",
      token: t.tokens.editor,
      body: { title: "  Shipping  ", text: "We ship to all of Europe, {name}." },
    });
    expect(created.status, created.text).toBe(201);
    const id = created.json.id as string;
    expect(created.json).toMatchObject({ title: "Shipping", deleted_at: null });
    expect(await titles(t)).toEqual(["Shipping", "Thanks"]);

    const edited = await callRoute(one.PATCH, {
      method: "PATCH",
      token: t.tokens.editor,
      params: { id },
      body: { text: "We ship everywhere in Europe, {name}." },
    });
    expect(edited.json).toMatchObject({ title: "Shipping", text: "We ship everywhere in Europe, {name}." });

    const removed = await callRoute(one.DELETE, { method: "DELETE", token: t.tokens.editor, params: { id } });
    expect(removed.json.deleted_at).not.toBeNull();
    expect(await titles(t)).toEqual(["Thanks"]);
    // Deleted twice: the same answer, one log entry. A deleted one cannot be edited, but it can be restored.
    expect((await callRoute(one.DELETE, { method: "DELETE", token: t.tokens.editor, params: { id } })).status).toBe(
      200,
    );
    const stale = await callRoute(one.PATCH, {
      method: "PATCH",
      token: t.tokens.editor,
      params: { id },
      body: { title: "X" },
    });
    expect(stale.status).toBe(404);
    const back = await callRoute(restore.POST, { method: "POST", token: t.tokens.editor, params: { id } });
    expect(back.json).toMatchObject({ text: "We ship everywhere in Europe, {name}.", deleted_at: null });
    expect(await titles(t)).toEqual(["Shipping", "Thanks"]);

    const events = await db.auditEvent.findMany({
      where: { workspaceId: t.workspace.id, entityType: "saved_reply" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      "saved_reply.create",
      "saved_reply.edit",
      "saved_reply.delete",
      "saved_reply.restore",
    ]);
    expect(events[1].data).toMatchObject({ before: { text: "We ship to all of Europe, {name}." } });
  });

  it("refuses an empty title or text, an empty change, and another workspace's reply, changing nothing", async () => {
    for (const body of [{ title: " ", text: "Hi" }, { title: "Hi", text: "" }, { title: "Hi" }]) {
      const res = await callRoute(list.POST, { method: "POST", token: t.tokens.editor, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error.code).toBe("validation_error");
    }
    const empty = await callRoute(one.PATCH, {
      method: "PATCH",
      token: t.tokens.editor,
      params: { id: t.savedReplyId },
      body: {},
    });
    expect(empty.status).toBe(422);
    for (const [handler, method] of [
      [one.PATCH, "PATCH"],
      [one.DELETE, "DELETE"],
      [restore.POST, "POST"],
    ] as const) {
      const res = await callRoute(handler, {
        method,
        token: other.tokens.owner,
        params: { id: t.savedReplyId },
        body: method === "PATCH" ? { title: "Mine now" } : undefined,
      });
      expect(res.status, method).toBe(404);
    }
    expect(await titles(other)).toEqual(["Thanks"]);
    const mine = await db.savedReply.findUniqueOrThrow({ where: { id: t.savedReplyId } });
    expect(mine).toMatchObject({ title: "Thanks", deletedAt: null });
  });
});
