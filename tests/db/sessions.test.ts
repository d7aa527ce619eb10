// Issue #8, finding 9: a session ends on the server. Sign-out, "sign out everywhere" and a password change
// make the old cookie worthless at once, on every kind of route.
import bcrypt from "bcryptjs";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as brands from "@/app/api/brands/route";
import * as notifications from "@/app/api/notifications/route";
import * as sessions from "@/app/api/account/sessions/route";
import * as password from "@/app/api/account/password/route";
import * as cleanup from "@/app/api/cron/cleanup/route";
import { authOptions } from "@/lib/auth";
import { hitRateLimit, RATE_RULES } from "@/lib/rate-limit/hit-rate-limit";
import { verifyCredentials } from "@/lib/workspaces/verify-credentials";
import { startSession } from "@/lib/sessions/start-session";
import { callRoute, sessionCookie, TEST_SECRET } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedWorkspace } from "./support/seed-workspace";

let db: Db;
beforeAll(async () => {
  db = await useRouteEnv();
});

const SAME_ORIGIN = { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" };

/** Whether a cookie still opens a workspace route and a person-level route. */
async function works(cookie: string) {
  const a = await callRoute(brands.GET, { headers: { cookie } });
  const b = await callRoute(notifications.GET, { headers: { cookie } });
  expect(a.status === 200, a.text).toBe(b.status === 200);
  if (a.status !== 200) expect([a.status, b.status, a.json.error.code]).toEqual([401, 401, "unauthorized"]);
  return a.status === 200;
}

async function person(passwordText = "old-password-1") {
  const ws = await seedWorkspace(db);
  const passwordHash = await bcrypt.hash(passwordText, 4);
  const user = await db.user.update({ where: { id: ws.users.editor }, data: { passwordHash } });
  return { id: user.id, email: user.email };
}

describe("finding 9: sessions can be revoked", () => {
  it("sign-in records a session and sign-out ends it on the server, so the copied cookie stops working", async () => {
    const me = await person();
    // next-auth's own callbacks, as it calls them at sign-in and at sign-out
    const token = await authOptions.callbacks!.jwt!({ token: {}, user: { id: me.id }, trigger: "signIn" } as never);
    expect(await db.userSession.count({ where: { id: token.sid as string, userId: me.id } })).toBe(1);
    const cookie = `next-auth.session-token=${await encode({ token, secret: TEST_SECRET })}`;
    expect(await works(cookie)).toBe(true);
    await authOptions.events!.signOut!({ token, session: null as never });
    expect(await works(cookie)).toBe(false);
  });

  it("refuses a cookie without a session id (issued before sessions were recorded) or whose session expired", async () => {
    const me = await person();
    const legacy = `next-auth.session-token=${await encode({ token: { uid: me.id, sub: me.id }, secret: TEST_SECRET })}`;
    expect(await works(legacy)).toBe(false);
    const old = await startSession({ db, userId: me.id, now: new Date(Date.now() - 31 * 86_400_000) });
    expect(await works(await sessionCookie(me.id, old.id))).toBe(false);
  });

  it("a session of one person does not open another person's account", async () => {
    const me = await person();
    const other = await person();
    const mine = await startSession({ db, userId: me.id, now: new Date() });
    expect(await works(await sessionCookie(other.id, mine.id))).toBe(false);
  });

  it("sign out everywhere ends every session of the person, this one included, and no one else's", async () => {
    const me = await person();
    const bystander = await person();
    const laptop = await sessionCookie(me.id);
    const phone = await sessionCookie(me.id);
    const theirs = await sessionCookie(bystander.id);
    expect(await works(laptop)).toBe(true);
    expect(await works(phone)).toBe(true);

    const res = await callRoute(sessions.DELETE, { method: "DELETE", headers: { cookie: laptop, ...SAME_ORIGIN } });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ ended: 2 });
    expect(await works(laptop)).toBe(false);
    expect(await works(phone)).toBe(false);
    expect(await works(theirs)).toBe(true);
  });

  it("a password change needs the current password and ends the person's other sessions", async () => {
    const me = await person("old-password-1");
    const here = await sessionCookie(me.id);
    const elsewhere = await sessionCookie(me.id);
    const change = (current: string) =>
      callRoute(password.POST, {
        method: "POST",
        headers: { cookie: here, ...SAME_ORIGIN },
        body: { current_password: current, new_password: "new-password-2" },
      });

    const same = await callRoute(password.POST, {
      method: "POST",
      headers: { cookie: here, ...SAME_ORIGIN },
      body: { current_password: "old-password-1", new_password: "old-password-1" },
    });
    expect(same.status).toBe(422);
    expect(same.json.error.details[0]).toMatchObject({ path: "new_password" });

    const wrong = await change("not-my-password");
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.details[0].path).toBe("current_password");
    expect(await works(elsewhere)).toBe(true);

    const ok = await change("old-password-1");
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json).toEqual({ changed: true, other_sessions_ended: 1 });
    expect(await works(elsewhere)).toBe(false);
    expect(await works(here)).toBe(true);
    expect(await verifyCredentials({ db, email: me.email, password: "new-password-2" })).not.toBeNull();
    expect(await verifyCredentials({ db, email: me.email, password: "old-password-1" })).toBeNull();
  });

  it("limits wrong current passwords (429), and API tokens cannot use the account routes", async () => {
    const me = await person();
    const here = await sessionCookie(me.id);
    const now = new Date();
    for (let i = 0; i < RATE_RULES.passwordChange.limit; i++)
      await hitRateLimit(db, RATE_RULES.passwordChange, me.id, now);
    const res = await callRoute(password.POST, {
      method: "POST",
      headers: { cookie: here, ...SAME_ORIGIN },
      body: { current_password: "old-password-1", new_password: "new-password-2" },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeTruthy();

    const ws = await seedWorkspace(db);
    const byToken = await callRoute(sessions.DELETE, { method: "DELETE", token: ws.tokens.owner });
    expect(byToken.status).toBe(403);
  });

  it("the retention job drops expired sessions and spent rate-limit windows, and keeps live ones", async () => {
    const me = await person();
    const now = Date.now();
    const expired = await startSession({ db, userId: me.id, now: new Date(now - 31 * 86_400_000) });
    const live = await startSession({ db, userId: me.id, now: new Date(now) });
    const spent = `spent-${me.id}`;
    const current = `current-${me.id}`;
    await hitRateLimit(db, RATE_RULES.signInEmail, spent, new Date(now - 16 * 60_000));
    await hitRateLimit(db, RATE_RULES.signInEmail, current, new Date(now));

    const res = await callRoute(cleanup.GET, { headers: { authorization: "Bearer test-cron-secret-0123456789" } });
    expect(res.status, res.text).toBe(200);
    expect(await db.userSession.count({ where: { id: expired.id } })).toBe(0);
    expect(await db.userSession.count({ where: { id: live.id } })).toBe(1);
    expect(await db.rateLimit.count({ where: { key: `signin-email:${spent}` } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: `signin-email:${current}` } })).toBe(1);
  });
});
