// Editing a sent reply: its text changed where it was put (LinkedIn, Facebook), the old text kept in the log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { editReply } from "@/lib/listening/edit-reply";
import { deleteReply } from "@/lib/listening/delete-reply";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { type Fakes, makeDeps } from "./support/orchestration";
import { heardComments, repliesOnFake } from "./support/heard-comments";
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
  const deps = () => ({ db, channels: makeDeps(db, fakes, () => new Date()).channels, now: () => new Date() });
  const edit = (commentId: string, replyId: string, text: string, who = actor) =>
    editReply({ ...deps(), actor: who, commentId, replyId, text });
  const remove = (commentId: string, replyId: string) => deleteReply({ ...deps(), actor, commentId, replyId });
  return { ...h, actor, edit, remove };
}

describe("editReply", () => {
  it("changes the text on LinkedIn and Facebook, once, and logs the text it replaced", async () => {
    const { ws, comment, reply, edit } = await setup();
    for (const network of ["linkedin", "facebook"] as const) {
      const c = await comment(network);
      const sent = await reply(c.id, `Thanks, fixde on ${network}.`, `edit-${network}-1`);
      const edited = await edit(c.id, sent.id, `Thanks, fixed on ${network}.`);
      expect(edited).toMatchObject({ id: sent.id, text: `Thanks, fixed on ${network}.`, edited_by: "Lena" });
      expect(edited.edited_at).toBeInstanceOf(Date);
      expect(repliesOnFake(fakes, network, c.remoteId).map((r) => r.text)).toEqual([`Thanks, fixed on ${network}.`]);
      // The same text again (a double click): nothing is sent.
      const requests = fakes.fakes[network].requests.length;
      expect((await edit(c.id, sent.id, `Thanks, fixed on ${network}.`)).text).toBe(`Thanks, fixed on ${network}.`);
      expect(fakes.fakes[network].requests.length).toBe(requests);
    }
    const linkedin = fakes.fakes.linkedin.requests.find(
      (r) => r.method === "POST" && /\/comments\/\d+\?actor=/.test(r.path),
    );
    expect(linkedin?.headers["x-restli-method"]).toBe("PARTIAL_UPDATE");
    const events = await db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "comment.reply_edited" } });
    expect(events.map((e) => (e.data as { before: string }).before).sort()).toEqual([
      "Thanks, fixde on facebook.",
      "Thanks, fixde on linkedin.",
    ]);
  }, 120_000);

  it("keeps the text when the network refuses, and the reply is still there to edit", async () => {
    const { comment, reply, edit } = await setup();
    const c = await comment("facebook");
    const sent = await reply(c.id, "We wil call you.", "edit-refused-1");
    fakes.fakes.facebook.failNext("5xx", { on: "any" });
    await expect(edit(c.id, sent.id, "We will call you.")).rejects.toMatchObject({ code: "service_unavailable" });
    expect((await db.commentReply.findUniqueOrThrow({ where: { id: sent.id } })).text).toBe("We wil call you.");
    expect(repliesOnFake(fakes, "facebook", c.remoteId).map((r) => r.text)).toEqual(["We wil call you."]);
    expect((await edit(c.id, sent.id, "We will call you.")).text).toBe("We will call you.");
  }, 120_000);

  it("says what happened when the reply is gone from the network, and changes nothing", async () => {
    const { comment, reply, edit } = await setup();
    const c = await comment("linkedin");
    const sent = await reply(c.id, "Gone soon.", "edit-gone-1");
    fakes.fakes.linkedin.listening.unreply(/(\d+)\)$/.exec(sent.remote_id!)![1]);
    await expect(edit(c.id, sent.id, "Too late.")).rejects.toMatchObject({ code: "service_unavailable" });
    expect((await db.commentReply.findUniqueOrThrow({ where: { id: sent.id } })).text).toBe("Gone soon.");
  }, 120_000);

  it("refuses X, a deleted or unsent reply, a reply too long, and another workspace's", async () => {
    const { comment, reply, edit, remove } = await setup();
    const x = await comment("x");
    const onX = await reply(x.id, "On X.", "edit-x-1");
    await expect(edit(x.id, onX.id, "Edited on X.")).rejects.toMatchObject({ code: "conflict" });
    fakes.fakes.x.failNext("5xx", { on: "any" });
    const failed = await reply(x.id, "Not sent.", "edit-failed-1");
    const refused = await edit(x.id, failed.id, "Still not sent.").catch((e: AppError) => e);
    expect(refused).toMatchObject({
      code: "conflict",
      message: "Only a sent reply can be edited; this one is not sent.",
    });
    expect((refused as AppError).toBody("fr").error.message).toBe(
      "Seule une réponse envoyée peut être modifiée\u00a0; celle-ci est non envoyée.",
    );

    const li = await comment("linkedin");
    const sent = await reply(li.id, "Sent.", "edit-li-1");
    await expect(edit(li.id, sent.id, "a".repeat(1251))).rejects.toMatchObject({ code: "validation_error" });
    const other = await seedTenant(db);
    const stranger = { workspaceId: other.workspace.id, userId: null, label: "x@example.com", name: "X" };
    await expect(edit(li.id, sent.id, "Hijacked.", stranger)).rejects.toMatchObject({ code: "not_found" });
    await remove(li.id, sent.id);
    await expect(edit(li.id, sent.id, "After delete.")).rejects.toMatchObject({ code: "conflict" });
    expect((await db.commentReply.findUniqueOrThrow({ where: { id: sent.id } })).text).toBe("Sent.");
  }, 120_000);
});
