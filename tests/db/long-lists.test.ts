import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as comments from "@/app/api/posts/[id]/comments/route";
import * as notifications from "@/app/api/notifications/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, type Tenant } from "./support/tenant-fixture";

let db: Db;
let t: Tenant;

beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db);
});

describe("lists that grow", () => {
  it("pages long threads and notification lists, newest first, every item once", async () => {
    const p = t.posts[2];
    const at = (i: number) => new Date(Date.UTC(2031, 0, 1, 0, 0, i));
    await db.postComment.createMany({
      data: Array.from({ length: 250 }, (_, i) => ({
        workspaceId: t.workspace.id,
        postId: p.id,
        authorLabel: "Bulk",
        body: `Comment ${i}`,
        createdAt: at(i),
      })),
    });
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const q: string = before ? `?before=${encodeURIComponent(before)}` : "";
      const res = await callRoute(comments.GET, { token: t.tokens.viewer, params: { id: p.id }, path: `/x${q}` });
      expect(res.status).toBe(200);
      // each page reads oldest first, and comes before the one already shown
      seen.unshift(...res.json.comments.map((c: { body: string }) => c.body));
      before = res.json.older_cursor;
      pages++;
    } while (before);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => `Comment ${i}`));
    const bad = await callRoute(comments.GET, { token: t.tokens.viewer, params: { id: p.id }, path: "/x?before=zz" });
    expect(bad.status).toBe(422);

    await db.notification.createMany({
      data: Array.from({ length: 75 }, (_, i) => ({
        workspaceId: t.workspace.id,
        userId: t.users.viewer,
        kind: "mention",
        title: `Note ${i}`,
        createdAt: at(i),
      })),
    });
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const res = await callRoute(notifications.GET, { userId: t.users.viewer, path: `/x?limit=30${q}` });
      titles.push(...res.json.notifications.map((n: { title: string }) => n.title));
      cursor = res.json.next_cursor;
    } while (cursor);
    expect(titles).toEqual(Array.from({ length: 75 }, (_, i) => `Note ${74 - i}`));
  });
});
