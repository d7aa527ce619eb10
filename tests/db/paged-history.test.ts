import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as versions from "@/app/api/posts/[id]/versions/route";
import * as savedReplies from "@/app/api/saved-replies/route";
import { encodeCursor, encodeTitleCursor, encodeVersionCursor } from "@/lib/pagination/keyset-cursor";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, type Tenant } from "./support/tenant-fixture";
import { BAD_PAGE_QUERIES, expectRefused, readAllPages } from "./support/read-pages";

let db: Db;
let t: Tenant;

// every version written at one time, as one transaction writes them: only the number orders them
const WRITTEN = new Date(Date.UTC(2031, 0, 1));

async function snapshot(postId: string, count: number) {
  const post = await db.post.findUniqueOrThrow({ where: { id: postId } });
  await db.postVersion.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      postId,
      version: i + 1,
      body: `Text ${i + 1}`,
      date: post.date,
      scheduledAt: post.scheduledAt,
      status: post.status,
      content: {},
      actorLabel: "fixture",
      reason: "edit",
      createdAt: WRITTEN,
    })),
  });
}

beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db);
});

describe("a post's history, a page at a time", () => {
  it("pages 60 versions by number, newest first, each once", async () => {
    const post = t.posts[0];
    await snapshot(post.id, 60);
    await db.post.update({ where: { id: post.id }, data: { version: 60 } });
    const params = { id: post.id };
    const all = await readAllPages(versions.GET, {
      token: t.tokens.viewer,
      params,
      path: "/x?limit=25",
      key: "versions",
    });
    expect(all.pages).toBe(3);
    const rows = await db.postVersion.findMany({ where: { postId: post.id }, orderBy: { version: "desc" } });
    expect(all.ids).toEqual(rows.map((v) => v.id));
    // another list's cursor, or a number that is none, is refused like any bad cursor
    const versionCursors = [
      `cursor=${encodeCursor({ createdAt: WRITTEN, id: "abc" })}`,
      `cursor=${Buffer.from("v-1").toString("base64url")}`,
      `cursor=${Buffer.from("v12345678901").toString("base64url")}`,
    ];
    const ownCursor = `cursor=${encodeVersionCursor(3)}`;
    await expectRefused(
      versions.GET,
      { token: t.tokens.viewer, params },
      versionCursors,
      BAD_PAGE_QUERIES.filter((q) => q !== ownCursor),
    );
  });

  it("counts the current state not yet snapshotted as the first version of the first page", async () => {
    const post = t.posts[1];
    await snapshot(post.id, 4);
    await db.post.update({ where: { id: post.id }, data: { version: 5 } });
    const params = { id: post.id };
    const all = await readAllPages(versions.GET, {
      token: t.tokens.viewer,
      params,
      path: "/x?limit=1",
      key: "versions",
    });
    expect(all.pages).toBe(5);
    expect(all.ids[0]).toBe(`current:${post.id}`);
    const rows = await db.postVersion.findMany({ where: { postId: post.id }, orderBy: { version: "desc" } });
    expect(all.ids.slice(1)).toEqual(rows.map((v) => v.id));
  });
});

describe("saved replies, a page at a time", () => {
  it("pages 250 replies by title, those with the same title by id, each once, deleted ones left out", async () => {
    await db.savedReply.createMany({
      data: Array.from({ length: 260 }, (_, i) => ({
        workspaceId: t.workspace.id,
        title: `Reply ${i % 7}`,
        text: `Text ${i}`,
        createdBy: "Owner",
        deletedAt: i >= 250 ? WRITTEN : null,
      })),
    });
    const live = await db.savedReply.findMany({
      where: { workspaceId: t.workspace.id, deletedAt: null },
      orderBy: [{ title: "asc" }, { id: "asc" }],
    });
    expect(live).toHaveLength(251);
    const all = await readAllPages(savedReplies.GET, { token: t.tokens.viewer, path: "/x", key: "saved_replies" });
    expect(all.pages).toBe(3);
    expect(all.ids).toEqual(live.map((r) => r.id));
    const oddTitle = encodeTitleCursor({ title: 'a|b"c', id: "abc" });
    const found = await readAllPages(savedReplies.GET, {
      token: t.tokens.viewer,
      path: `/x?cursor=${oddTitle}`,
      key: "saved_replies",
    });
    expect(found.ids).toEqual(live.filter((r) => r.title > 'a|b"c').map((r) => r.id));
    const titleCursors = [
      `cursor=${Buffer.from("[1,2]").toString("base64url")}`,
      `cursor=${Buffer.from('["a"]').toString("base64url")}`,
      `cursor=${encodeTitleCursor({ title: "a\u0000", id: "abc" })}`,
      `cursor=${encodeCursor({ createdAt: WRITTEN, id: "abc" })}`,
    ];
    await expectRefused(savedReplies.GET, { token: t.tokens.viewer }, titleCursors, [
      ...BAD_PAGE_QUERIES.filter((q) => q.startsWith("limit") || q === "cursor=zz"),
      "limit=201",
    ]);
  });
});
