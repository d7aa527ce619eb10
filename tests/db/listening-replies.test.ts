import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { listSocialComments } from "@/lib/listening/list-social-comments";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import type { Fakes } from "./support/orchestration";
import { heardComments, NETWORKS, repliesOnFake } from "./support/heard-comments";

let db: Db;
let fakes: Fakes;

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(() => fakes.reset());
const heard = () => heardComments(db, fakes);
const repliesOn = (network: (typeof NETWORKS)[number], remoteId: string) => repliesOnFake(fakes, network, remoteId);

describe("replyToComment", () => {
  it("answers a comment on each network once per key, and lists the reply under the comment", async () => {
    const { brand, ws, comment, reply } = await heard();
    for (const network of NETWORKS) {
      const c = await comment(network);
      const text = `Thanks for asking on ${network}, we ship to Belgium.`;
      const sent = await reply(c.id, text, `key-${network}-1`);
      expect(sent).toMatchObject({ state: "sent", text, attempt: 1, error: null, author: "Eddie", sandbox: false });
      expect(sent.remote_id).toBeTruthy();
      const requests = fakes.fakes[network].requests.length;
      // A double click, or the same request resent: the reply as it stands, nothing sent.
      const again = await reply(c.id, text, `key-${network}-1`);
      expect(again).toEqual(sent);
      expect(fakes.fakes[network].requests.length).toBe(requests);
      expect(repliesOn(network, c.remoteId)).toHaveLength(1);
    }
    const linkedin = fakes.fakes.linkedin.requests.find((r) => r.method === "POST" && r.body.includes("parentComment"));
    expect(linkedin?.path).toContain(encodeURIComponent("urn:li:comment:"));
    const listed = await listSocialComments({
      db,
      workspaceId: ws.id,
      ref: brand.slug,
      now: new Date(),
      query: { limit: 100, platform: "facebook" },
    });
    const withReply = listed.comments.find((c) => c.replies.length);
    expect(withReply?.replies[0]).toMatchObject({ state: "sent", text: expect.stringContaining("facebook") });
    expect(await db.auditEvent.count({ where: { workspaceId: ws.id, action: "comment.replied" } })).toBe(3);
    // The inbox view: what is still unanswered, and what was answered.
    const list = (answered?: "yes" | "no") =>
      listSocialComments({ db, workspaceId: ws.id, ref: brand.slug, now: new Date(), query: { limit: 100, answered } });
    const [all, open, done] = await Promise.all([list(), list("no"), list("yes")]);
    expect(done.comments.map((c) => c.platform).sort()).toEqual(["facebook", "linkedin", "x"]);
    expect(open.comments).toHaveLength(all.comments.length - 3);
    expect(open.comments.every((c) => c.replies.every((r) => r.state !== "sent"))).toBe(true);
  }, 120_000);

  it("looks for a reply whose answer was lost before sending it again, on each network", async () => {
    const { comment, reply } = await heard();
    for (const network of NETWORKS) {
      const c = await comment(network);
      const text = `We are on it (${network}).`;
      fakes.fakes[network].failNext("reset_after_accept", { on: "any" });
      const lost = await reply(c.id, text, `lost-${network}-1`);
      expect(lost.state).toBe("unknown");
      expect(repliesOn(network, c.remoteId)).toHaveLength(1);
      const found = await reply(c.id, text, `lost-${network}-1`);
      expect(found).toMatchObject({ state: "sent", attempt: 2 });
      expect(found.remote_id).toBeTruthy();
      expect(repliesOn(network, c.remoteId)).toHaveLength(1);
    }
  }, 120_000);

  it("resends a reply that certainly failed, and takes over one whose sender stopped mid-send", async () => {
    const { comment, reply } = await heard();
    const c = await comment("facebook");
    fakes.fakes.facebook.failNext("5xx", { on: "any" });
    const failed = await reply(c.id, "Sorry to hear that, DM us.", "failed-key-1");
    expect(failed.state).toBe("failed");
    expect(failed.error).toBeTruthy();
    expect(repliesOn("facebook", c.remoteId)).toHaveLength(0);
    const resent = await reply(c.id, "Sorry to hear that, DM us.", "failed-key-1");
    expect(resent).toMatchObject({ state: "sent", attempt: 2 });
    expect(repliesOn("facebook", c.remoteId)).toHaveLength(1);

    // A process that died after sending leaves `sending`; past its lease, the reply is looked for first.
    const sent = await reply(c.id, "We will call you today.", "crashed-key-1");
    await db.commentReply.update({ where: { id: sent.id }, data: { state: "sending", remoteId: null } });
    const early = await reply(c.id, "We will call you today.", "crashed-key-1");
    expect(early.state).toBe("sending");
    const later = await reply(c.id, "We will call you today.", "crashed-key-1", new Date(Date.now() + 120_000));
    expect(later).toMatchObject({ state: "sent", attempt: 2, remote_id: sent.remote_id });
    expect(repliesOn("facebook", c.remoteId)).toHaveLength(2);
  }, 120_000);

  it("replies to the sandbox, and says so, when the network is not connected", async () => {
    const { brand, comment, reply } = await heard();
    await db.channelConnection.updateMany({ where: { brandId: brand.id }, data: { archivedAt: new Date() } });
    const c = await comment("linkedin");
    const sent = await reply(c.id, "Thanks from the sandbox.", "sandbox-key-1");
    expect(sent).toMatchObject({ state: "sent", sandbox: true });
    expect(repliesOn("linkedin", c.remoteId)).toHaveLength(0);
  }, 120_000);

  it("keeps a lost reply unconfirmed while its connection needs reconnecting, then finds it instead of resending", async () => {
    const { brand, comment, reply } = await heard();
    const c = await comment("facebook");
    const text = "We are looking into it.";
    fakes.fakes.facebook.failNext("reset_after_accept", { on: "any" });
    expect((await reply(c.id, text, "blocked-key-1")).state).toBe("unknown");
    await db.channelConnection.updateMany({
      where: { brandId: brand.id, platform: "facebook" },
      data: { status: "needs_reconnect" },
    });
    // Nothing can be asked or sent, and it may well be on Facebook: still unknown, never "failed".
    expect(await reply(c.id, text, "blocked-key-1")).toMatchObject({ state: "unknown" });
    await db.channelConnection.updateMany({
      where: { brandId: brand.id, platform: "facebook" },
      data: { status: "active" },
    });
    expect(await reply(c.id, text, "blocked-key-1")).toMatchObject({ state: "sent" });
    expect(repliesOn("facebook", c.remoteId)).toHaveLength(1);
  }, 120_000);

  it("sends once when the same reply arrives twice at once", async () => {
    const { comment, reply } = await heard();
    const c = await comment("x");
    const both = await Promise.all([
      reply(c.id, "Both tabs clicked send.", "race-key-1"),
      reply(c.id, "Both tabs clicked send.", "race-key-1"),
    ]);
    expect(new Set(both.map((r) => r.id)).size).toBe(1);
    expect(repliesOn("x", c.remoteId)).toHaveLength(1);
  }, 120_000);

  it("refuses another text under a used key, a reply over the network's limit, and another tenant's comment", async () => {
    const { comment, reply } = await heard();
    const c = await comment("x");
    await reply(c.id, "First answer.", "reused-key-1");
    await expect(reply(c.id, "Another answer.", "reused-key-1")).rejects.toMatchObject({ code: "conflict" });
    await expect(reply(c.id, "x".repeat(281), "long-key-1")).rejects.toMatchObject({ code: "validation_error" });
    expect(await db.commentReply.count({ where: { commentId: c.id } })).toBe(1);
    const other = await heard();
    const foreign = await other.comment("x");
    await expect(reply(foreign.id, "Hello.", "foreign-key-1")).rejects.toMatchObject({ code: "not_found" });
    expect(repliesOn("x", foreign.remoteId)).toHaveLength(0);
  }, 180_000);
});
