// Taking a sent reply down: from each network where it was put, once, and the row kept with who did it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { deleteReply } from "@/lib/listening/delete-reply";
import { listSocialComments } from "@/lib/listening/list-social-comments";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { type Fakes, makeDeps } from "./support/orchestration";
import { heardComments, NETWORKS, repliesOnFake } from "./support/heard-comments";
import { seedTenant } from "./support/tenant-fixture";

let db: Db;
let fakes: Fakes;

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(() => fakes.reset());

async function setup() {
  const h = await heardComments(db, fakes);
  const actor = { workspaceId: h.ws.id, userId: null, label: "lead@example.com", name: "Lena" };
  const remove = (commentId: string, replyId: string, who = actor) =>
    deleteReply({
      db,
      actor: who,
      channels: makeDeps(db, fakes, () => new Date()).channels,
      now: () => new Date(),
      commentId,
      replyId,
    });
  return { ...h, actor, remove };
}

describe("deleteReply", () => {
  it("takes a reply down on each network, once, and keeps it listed as deleted by whom", async () => {
    const { brand, ws, comment, reply, remove } = await setup();
    for (const network of NETWORKS) {
      const c = await comment(network);
      const sent = await reply(c.id, `Thanks, fixed on ${network}.`, `del-${network}-1`);
      expect(repliesOnFake(fakes, network, c.remoteId)).toHaveLength(1);
      const deleted = await remove(c.id, sent.id);
      expect(deleted).toMatchObject({ id: sent.id, state: "sent", deleted_by: "Lena" });
      expect(deleted.deleted_at).toBeInstanceOf(Date);
      expect(repliesOnFake(fakes, network, c.remoteId)).toHaveLength(0);
      // Asked again (a double click, a second tab): the row as it is, nothing sent.
      const requests = fakes.fakes[network].requests.length;
      expect(await remove(c.id, sent.id)).toEqual(deleted);
      expect(fakes.fakes[network].requests.length).toBe(requests);
    }
    const linkedin = fakes.fakes.linkedin.requests.find((r) => r.method === "DELETE");
    expect(linkedin?.path).toMatch(/^\/rest\/socialActions\/urn%3Ali%3Acomment%3A.+\/comments\/\d+\?actor=urn%3Ali%3A/);
    expect(await db.auditEvent.count({ where: { workspaceId: ws.id, action: "comment.reply_deleted" } })).toBe(3);
    // A comment whose only reply was deleted waits for an answer again.
    const open = await listSocialComments({
      db,
      workspaceId: ws.id,
      ref: brand.slug,
      now: new Date(),
      query: { limit: 100, answered: "no" },
    });
    expect(
      open.comments
        .filter((c) => c.replies.length)
        .map((c) => c.platform)
        .sort(),
    ).toEqual(NETWORKS.toSorted());
  }, 120_000);

  it("counts a reply already gone from the network as deleted (Facebook's #100/33, a 404 elsewhere)", async () => {
    const { comment, reply, remove } = await setup();
    for (const network of NETWORKS) {
      const c = await comment(network);
      const sent = await reply(c.id, `Gone already (${network}).`, `gone-${network}-1`);
      // someone took it down on the network itself
      const bare = network === "x" ? sent.remote_id! : /(\d+)\)?$/.exec(sent.remote_id!)![1];
      if (network === "x") fakes.fakes.x.posts = fakes.fakes.x.posts.filter((p) => p.id !== bare);
      else fakes.fakes[network].listening.unreply(bare);
      expect((await remove(c.id, sent.id)).deleted_at).toBeInstanceOf(Date);
    }
  }, 120_000);

  it("keeps a reply the network refused to delete, with the network's reason", async () => {
    const { comment, reply, remove } = await setup();
    const c = await comment("facebook");
    const sent = await reply(c.id, "We will call you.", "refused-1");
    fakes.fakes.facebook.failNext("5xx", { on: "any" });
    await expect(remove(c.id, sent.id)).rejects.toMatchObject({ code: "service_unavailable" });
    expect(repliesOnFake(fakes, "facebook", c.remoteId)).toHaveLength(1);
    expect((await db.commentReply.findUniqueOrThrow({ where: { id: sent.id } })).deletedAt).toBeNull();
    // Asked again once the network answers, it goes.
    expect((await remove(c.id, sent.id)).deleted_at).toBeInstanceOf(Date);
    expect(repliesOnFake(fakes, "facebook", c.remoteId)).toHaveLength(0);
  }, 120_000);

  it("deletes only a sent reply of this workspace", async () => {
    const { comment, reply, remove } = await setup();
    const c = await comment("x");
    fakes.fakes.x.failNext("5xx", { on: "any" });
    const failed = await reply(c.id, "Not sent.", "failed-del-1");
    await expect(remove(c.id, failed.id)).rejects.toMatchObject({ code: "conflict" });
    const sent = await reply(c.id, "Sent.", "sent-del-1");
    const other = await seedTenant(db);
    const stranger = { workspaceId: other.workspace.id, userId: null, label: "x@example.com", name: "X" };
    await expect(remove(c.id, sent.id, stranger)).rejects.toMatchObject({ code: "not_found" });
    await expect(remove("another-comment", sent.id)).rejects.toMatchObject({ code: "not_found" });
    expect(repliesOnFake(fakes, "x", c.remoteId)).toHaveLength(1);
  }, 120_000);
});
