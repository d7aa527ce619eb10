import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as invites from "@/app/api/invites/route";
import * as invite from "@/app/api/invites/[id]/route";
import * as accept from "@/app/api/invites/[id]/accept/route";
import * as signup from "@/app/api/invites/[id]/signup/route";
import * as members from "@/app/api/members/route";
import * as member from "@/app/api/members/[id]/route";
import * as workspace from "@/app/api/workspace/route";
import * as cronOutbox from "@/app/api/cron/outbox/route";
import * as tokens from "@/app/api/tokens/route";
import { verifyCredentials } from "@/lib/workspaces/verify-credentials";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedWorkspace } from "./support/seed-workspace";
import { mailText, startSmtpInbox } from "../fakes/smtp-inbox";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let other: Awaited<ReturnType<typeof seedWorkspace>>;
let smtp: Awaited<ReturnType<typeof startSmtpInbox>>;
const cron = { authorization: "Bearer test-cron-secret-0123456789" };

beforeAll(async () => {
  smtp = await startSmtpInbox();
  db = await useRouteEnv({
    SMTP_URL: smtp.url,
    MAIL_FROM: "Social CM <team@example.com>",
    NEXTAUTH_URL: "http://app.test",
  });
  ws = await seedWorkspace(db);
  other = await seedWorkspace(db);
});
afterAll(() => smtp?.close());

const createInvite = (email: string, role = "editor", token = ws.tokens.owner) =>
  callRoute(invites.POST, { method: "POST", token, body: { email, role } });

describe("invites", () => {
  it("emails a one-time link through the outbox and a real SMTP server; following it signs the person up", async () => {
    const res = await createInvite("New.Editor@Example.com");
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      email: "new.editor@example.com",
      role: "editor",
      state: "pending",
      emailed: true,
    });
    const token = /\/invite\/(inv_[\w-]+)/.exec(res.json.url)![1];
    const row = await db.invite.findUniqueOrThrow({ where: { id: res.json.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(7 * 24 * 3600 * 1000, -5);

    // The SMTP server refuses once: the mail stays in the outbox and goes out on a later call.
    smtp.failNext(1);
    const first = await callRoute(cronOutbox.GET, { headers: cron });
    expect(first.json).toMatchObject({ sent: 0, retrying: 1 });
    expect(smtp.mails).toHaveLength(0);
    await db.outboxMessage.updateMany({ where: { channel: "email" }, data: { nextAttemptAt: new Date(0) } });
    const second = await callRoute(cronOutbox.GET, { headers: cron });
    expect(second.json).toMatchObject({ sent: 1 });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0].to).toEqual(["new.editor@example.com"]);
    expect(smtp.mails[0].from).toBe("team@example.com");
    const link = /http:\/\/app\.test\/invite\/(inv_[\w-]+)/.exec(mailText(smtp.mails[0].raw));
    expect(link?.[1]).toBe(token);

    // Follow the link: the page's data, then sign-up through it.
    const info = await callRoute(invite.GET, { params: { id: link![1] } });
    expect(info.json).toMatchObject({ email: "new.editor@example.com", role: "editor", has_account: false });
    const joined = await callRoute(signup.POST, {
      method: "POST",
      params: { id: link![1] },
      body: { name: "Nina", password: "long-enough-password" },
    });
    expect(joined.status).toBe(201);
    expect(joined.json).toMatchObject({ workspace: ws.workspace.slug, role: "editor" });
    const user = await verifyCredentials({ db, email: "new.editor@example.com", password: "long-enough-password" });
    expect(user).toBeTruthy();
    const memberships = await db.membership.findMany({ where: { userId: user!.id } });
    expect(memberships.map((m) => [m.workspaceId, m.role])).toEqual([[ws.workspace.id, "editor"]]);

    // One time only.
    const again = await callRoute(signup.POST, {
      method: "POST",
      params: { id: token },
      body: { name: "Eve", password: "long-enough-password" },
    });
    expect(again.status).toBe(404);
  });

  it("writes the invitation in the inviter's language: their account setting, else their browser's", async () => {
    const mine = await seedWorkspace(db);
    await db.user.update({ where: { id: mine.users.owner }, data: { locale: "fr" } });
    const asOwner = (email: string, headers: Record<string, string> = {}) =>
      callRoute(invites.POST, {
        method: "POST",
        userId: mine.users.owner,
        headers: { origin: "http://app.test", "accept-language": "en-US", ...headers },
        body: { email, role: "editor" },
      });
    const queued = async (email: string) => {
      const row = await db.outboxMessage.findFirstOrThrow({
        where: { workspaceId: mine.workspace.id, recipient: email },
      });
      return row.payload as { subject: string; text: string };
    };

    // A French account, although the browser asks for English.
    expect((await asOwner("fr-invitee@example.com")).status).toBe(201);
    const fr = await queued("fr-invitee@example.com");
    expect(fr.subject).toBe(`Invitation à rejoindre ${mine.workspace.name} sur Social CM`);
    expect(fr.text).toContain(
      `vous invite à rejoindre l’espace de travail «\u00a0${mine.workspace.name}\u00a0» en tant que rédacteur.`,
    );
    expect(fr.text).toMatch(
      /Acceptez l’invitation \(le lien ne fonctionne qu’une fois et expire le \d{1,2} \p{L}+ \d{4}\)\u00a0:\nhttp:\/\/app\.test\/invite\/inv_/u,
    );
    expect(fr.text).not.toMatch(/invited you|Accept the/);

    // An English account stays English, whatever the browser.
    await db.user.update({ where: { id: mine.users.owner }, data: { locale: "en" } });
    await asOwner("en-invitee@example.com", { "accept-language": "fr-FR" });
    const en = await queued("en-invitee@example.com");
    expect(en.subject).toBe(`You are invited to ${mine.workspace.name} on Social CM`);
    expect(en.text).toContain(`invited you to the workspace "${mine.workspace.name}" as editor.`);
    // the inviter by name, with the address that proves who it is
    const owner = await db.user.update({ where: { id: mine.users.owner }, data: { name: "Ana Owner" } });
    await asOwner("named-invitee@example.com");
    expect((await queued("named-invitee@example.com")).text).toMatch(
      new RegExp(`^Ana Owner \\(${owner.email.replace(/[.+]/g, "\\$&")}\\) invited you`),
    );

    // No setting: the browser's language; an API token with no Accept-Language: English.
    await db.user.update({ where: { id: mine.users.owner }, data: { locale: null } });
    await asOwner("browser-invitee@example.com", { "accept-language": "fr-CA,en;q=0.5" });
    expect((await queued("browser-invitee@example.com")).subject).toMatch(/^Invitation à rejoindre/);
    await createInvite("token-invitee@example.com", "viewer", mine.tokens.owner);
    expect((await queued("token-invitee@example.com")).text).toContain("as viewer.");
  });

  it("lets a signed-in person accept, and refuses revoked, expired and unknown links", async () => {
    const res = await createInvite(`viewer-${other.workspace.slug}@example.com`, "approver");
    const token = /\/invite\/(inv_[\w-]+)/.exec(res.json.url)![1];
    expect((await callRoute(accept.POST, { method: "POST", params: { id: token } })).status).toBe(401);
    // NEXTAUTH_URL is http://app.test here, so a browser on the app sends that origin.
    const ok = await callRoute(accept.POST, {
      method: "POST",
      params: { id: token },
      userId: other.users.viewer,
      headers: { origin: "http://app.test" },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ workspace: ws.workspace.slug, role: "approver" });
    expect((await db.membership.findMany({ where: { userId: other.users.viewer } })).map((m) => m.role).sort()).toEqual(
      ["approver", "viewer"],
    );

    // An invitation to another address is refused, and stays open for its person.
    const forSomeoneElse = await createInvite("someone-else@example.com");
    const elseToken = /\/invite\/(inv_[\w-]+)/.exec(forSomeoneElse.json.url)![1];
    const refused = await callRoute(accept.POST, {
      method: "POST",
      params: { id: elseToken },
      userId: other.users.editor,
      headers: { origin: "http://app.test" },
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain("someone-else@example.com");
    expect((await callRoute(invite.GET, { params: { id: elseToken } })).status).toBe(200);

    const revoked = await createInvite("revoked@example.com");
    const del = await callRoute(invite.DELETE, {
      method: "DELETE",
      params: { id: revoked.json.id },
      token: ws.tokens.owner,
    });
    expect(del.status).toBe(200);
    const revokedToken = /\/invite\/(inv_[\w-]+)/.exec(revoked.json.url)![1];
    const r = await callRoute(accept.POST, {
      method: "POST",
      params: { id: revokedToken },
      userId: other.users.editor,
      headers: { origin: "http://app.test" },
    });
    expect(r.status).toBe(404);

    const expired = await createInvite("expired@example.com");
    await db.invite.update({ where: { id: expired.json.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expiredToken = /\/invite\/(inv_[\w-]+)/.exec(expired.json.url)![1];
    expect((await callRoute(invite.GET, { params: { id: expiredToken } })).status).toBe(404);
    expect((await callRoute(invite.GET, { params: { id: "inv_" + "x".repeat(43) } })).status).toBe(404);
    expect((await callRoute(invite.GET, { params: { id: "nope" } })).status).toBe(422);
    expect(await db.membership.count({ where: { userId: other.users.editor, workspaceId: ws.workspace.id } })).toBe(0);
  });

  it("is owner-only, validated, and scoped to the workspace", async () => {
    expect((await createInvite("x@example.com", "editor", ws.tokens.editor)).status).toBe(403);
    expect((await callRoute(invites.GET, { token: ws.tokens.viewer })).status).toBe(403);
    expect((await callRoute(invites.GET, {})).status).toBe(401);
    expect((await createInvite("not-an-email")).status).toBe(422);
    expect((await createInvite("x@example.com", "superuser")).status).toBe(422);
    expect((await createInvite(`editor-${ws.workspace.slug}@example.com`)).status).toBe(409);
    const mine = await createInvite("scoped@example.com");
    const theirs = await callRoute(invite.DELETE, {
      method: "DELETE",
      params: { id: mine.json.id },
      token: other.tokens.owner,
    });
    expect(theirs.status).toBe(404);
    const list = await callRoute(invites.GET, { token: other.tokens.owner });
    expect(list.json.invites).toEqual([]);
  });
});

describe("members", () => {
  it("lists members, changes roles, and never removes or demotes the last owner", async () => {
    const list = await callRoute(members.GET, { token: ws.tokens.viewer });
    expect(list.status).toBe(200);
    expect(list.json.members.map((m: { role: string }) => m.role)).toContain("owner");

    const demote = await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: ws.users.owner },
      body: { role: "editor" },
      token: ws.tokens.owner,
    });
    expect(demote.status).toBe(409);
    expect(demote.json.error.message).toMatch(/last owner/);
    const remove = await callRoute(member.DELETE, {
      method: "DELETE",
      params: { id: ws.users.owner },
      token: ws.tokens.owner,
    });
    expect(remove.status).toBe(409);
    expect(
      (await db.membership.findFirstOrThrow({ where: { userId: ws.users.owner, workspaceId: ws.workspace.id } })).role,
    ).toBe("owner");

    // With a second owner, the first can step down, and then the second is the protected one.
    const promote = await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: ws.users.editor },
      body: { role: "owner" },
      token: ws.tokens.owner,
    });
    expect(promote.json).toEqual({ id: ws.users.editor, role: "owner" });
    const stepDown = await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: ws.users.owner },
      body: { role: "approver" },
      token: ws.tokens.owner,
    });
    expect(stepDown.status).toBe(200);
    const last = await callRoute(member.DELETE, {
      method: "DELETE",
      params: { id: ws.users.editor },
      token: ws.tokens.owner,
    });
    expect(last.status).toBe(409);

    // Two concurrent demotions of the two owners: at most one succeeds.
    await db.membership.updateMany({
      where: { workspaceId: ws.workspace.id, userId: ws.users.owner },
      data: { role: "owner" },
    });
    const [a, b] = await Promise.all([
      callRoute(member.PATCH, {
        method: "PATCH",
        params: { id: ws.users.owner },
        body: { role: "viewer" },
        token: ws.tokens.owner,
      }),
      callRoute(member.PATCH, {
        method: "PATCH",
        params: { id: ws.users.editor },
        body: { role: "viewer" },
        token: ws.tokens.owner,
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await db.membership.count({ where: { workspaceId: ws.workspace.id, role: "owner" } })).toBe(1);
  });

  it("limits a member's API tokens to their role today, and revokes them when they leave", async () => {
    const user = await db.user.create({ data: { email: "leaver@example.com", name: "Leaver", passwordHash: "x" } });
    await db.membership.create({ data: { userId: user.id, workspaceId: ws.workspace.id, role: "owner" } });
    const actor = { workspaceId: ws.workspace.id, userId: user.id, label: "leaver" };
    const { token } = await createApiToken({ db, workspaceId: ws.workspace.id, name: "script", role: "owner", actor });
    const invite = (t: string) =>
      callRoute(invites.POST, { method: "POST", body: { email: "back@example.com", role: "owner" }, token: t });
    expect((await callRoute(members.GET, { token })).status).toBe(200);
    // A token the member's token makes acts for the member too: it cannot outlive them nor outrank them.
    const made = await callRoute(tokens.POST, { method: "POST", body: { name: "child", role: "owner" }, token });
    expect(made.status).toBe(201);
    const child = made.json.token as string;

    await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: user.id },
      body: { role: "editor" },
      token: ws.tokens.owner,
    });
    expect((await invite(token)).status).toBe(403);
    expect((await invite(child)).status).toBe(403);
    // The owners' list says what each token can do now.
    const listed = await callRoute(tokens.GET, { token: ws.tokens.owner });
    const script = listed.json.tokens.find((x: { name: string }) => x.name === "script");
    expect(script).toMatchObject({ role: "owner", acts_as: "editor" });
    expect((await callRoute(members.GET, { token })).status).toBe(200);

    const removed = await callRoute(member.DELETE, {
      method: "DELETE",
      params: { id: user.id },
      token: ws.tokens.owner,
    });
    expect(removed.status).toBe(200);
    expect((await callRoute(members.GET, { token })).status).toBe(401);
    expect((await invite(token)).status).toBe(401);
    expect((await invite(child)).status).toBe(401);
    expect((await callRoute(members.GET, { token: child })).status).toBe(401);
    const left = await db.apiToken.findMany({ where: { createdById: user.id } });
    expect(left.map((t) => t.name).sort()).toEqual(["child", "script"]);
    expect(left.every((t) => t.revokedAt)).toBe(true);
  });

  it("removes a member without deleting their account, and only within the workspace", async () => {
    const cross = await callRoute(member.DELETE, {
      method: "DELETE",
      params: { id: other.users.viewer },
      token: ws.tokens.owner,
    });
    expect(cross.status).toBe(200); // other.viewer joined ws through an invite above
    expect(await db.user.count({ where: { id: other.users.viewer } })).toBe(1);
    expect(await db.membership.count({ where: { userId: other.users.viewer, workspaceId: other.workspace.id } })).toBe(
      1,
    );
    const notMine = await callRoute(member.DELETE, {
      method: "DELETE",
      params: { id: other.users.editor },
      token: ws.tokens.owner,
    });
    expect(notMine.status).toBe(404);
    expect(
      (
        await callRoute(member.PATCH, {
          method: "PATCH",
          params: { id: ws.users.viewer },
          body: { role: "god" },
          token: ws.tokens.owner,
        })
      ).status,
    ).toBe(422);
    expect(
      (await callRoute(member.DELETE, { method: "DELETE", params: { id: ws.users.viewer }, token: ws.tokens.viewer }))
        .status,
    ).toBe(403);
  });

  it("lets the owner turn approval on and off", async () => {
    const on = await callRoute(workspace.PATCH, {
      method: "PATCH",
      body: { approval_required: true },
      token: other.tokens.owner,
    });
    expect(on.json.approval_required).toBe(true);
    expect(
      (
        await callRoute(workspace.PATCH, {
          method: "PATCH",
          body: { approval_required: true },
          token: other.tokens.editor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callRoute(workspace.PATCH, {
          method: "PATCH",
          body: { approval_required: "yes" },
          token: other.tokens.owner,
        })
      ).status,
    ).toBe(422);
    expect((await callRoute(workspace.GET, { token: other.tokens.viewer })).json.approval_required).toBe(true);
  });
});
