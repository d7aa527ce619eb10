// Issue #9: every state-changing use case records its audit event in the same transaction as the change.
// A trigger makes the event's insert fail on demand: the change must then be rolled back with it (nothing
// changed, nothing logged), and without the failure the change is logged exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as brands from "@/app/api/brands/route";
import * as brandOne from "@/app/api/brands/[brand]/route";
import * as connections from "@/app/api/brands/[brand]/connections/route";
import * as reviewLinks from "@/app/api/brands/[brand]/review-links/route";
import * as tokens from "@/app/api/tokens/route";
import * as tokenOne from "@/app/api/tokens/[id]/route";
import * as invites from "@/app/api/invites/route";
import * as inviteOne from "@/app/api/invites/[id]/route";
import * as daily from "@/app/api/orchestrator/daily/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedWorkspace } from "./support/seed-workspace";
import { FAKE_ACCOUNTS, FAKE_TOKENS, startFakes, type Fakes } from "../fakes/start-fakes";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let fakes: Fakes;

beforeAll(async () => {
  fakes = await startFakes();
  db = await useRouteEnv(fakes.env);
  ws = await seedWorkspace(db);
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS audit_fail (action text PRIMARY KEY)`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION audit_fail_check() RETURNS trigger AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM audit_fail WHERE action = NEW.action) THEN
        RAISE EXCEPTION 'audit insert refused for %', NEW.action;
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS audit_fail_trigger ON "AuditEvent"`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER audit_fail_trigger BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_fail_check()`,
  );
});

afterAll(async () => fakes.stop());

const events = (action: string) => db.auditEvent.count({ where: { workspaceId: ws.workspace.id, action } });

/**
 * Runs `call` with the event's insert failing, expects nothing to have changed, then runs it for real and
 * expects the change with exactly one event.
 */
async function atomically(
  action: string,
  call: () => Promise<{ status: number; text: string }>,
  changed: () => Promise<boolean>,
) {
  const before = await events(action);
  await db.$executeRawUnsafe(`INSERT INTO audit_fail (action) VALUES ($1)`, action);
  try {
    const failed = await call();
    expect(failed.status, `${action} with a failing audit insert: ${failed.text}`).toBeGreaterThanOrEqual(500);
    expect(await changed(), `${action}: the change was kept although its event was not`).toBe(false);
  } finally {
    await db.$executeRawUnsafe(`DELETE FROM audit_fail WHERE action = $1`, action);
  }
  const ok = await call();
  expect(ok.status, `${action}: ${ok.text}`).toBeLessThan(300);
  expect(await changed(), `${action}: the change`).toBe(true);
  expect(await events(action), `${action}: one event`).toBe(before + 1);
}

const BRAND = {
  positioning: "p",
  target_audience: "a",
  value_props: ["v"],
  tone: "calm",
  language: "en-US",
  timezone: "UTC",
  cta_targets: [{ key: "demo", url: "https://example.com/demo" }],
};

describe("audit events are written in the change's own transaction", () => {
  it("brand create and update", async () => {
    await atomically(
      "brand.create",
      () => callRoute(brands.POST, { method: "POST", token: ws.tokens.editor, body: { ...BRAND, name: "Atomic" } }),
      async () => (await db.brand.count({ where: { workspaceId: ws.workspace.id, name: "Atomic" } })) === 1,
    );
    await atomically(
      "brand.update",
      () =>
        callRoute(brandOne.PATCH, {
          method: "PATCH",
          token: ws.tokens.editor,
          params: { brand: "atomic" },
          body: { tone: "bold" },
        }),
      async () =>
        (await db.brand.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, slug: "atomic" } })).tone === "bold",
    );
  });

  it("connection create, review link create and revoke", async () => {
    await atomically(
      "connection.create",
      () =>
        callRoute(connections.POST, {
          method: "POST",
          token: ws.tokens.owner,
          params: { brand: "atomic" },
          body: { platform: "linkedin", account_id: FAKE_ACCOUNTS.linkedin, access_token: FAKE_TOKENS.linkedin },
        }),
      async () => (await db.channelConnection.count({ where: { brand: { workspaceId: ws.workspace.id } } })) === 1,
    );
    const links = () => db.reviewLink.count({ where: { workspaceId: ws.workspace.id, revokedAt: null } });
    await atomically(
      "review_link.create",
      () =>
        callRoute(reviewLinks.POST, {
          method: "POST",
          token: ws.tokens.editor,
          params: { brand: "atomic" },
          body: { from: "2030-01-01", to: "2030-01-07" },
        }),
      async () => (await links()) === 1,
    );
    const link = await db.reviewLink.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    await atomically(
      "review_link.revoke",
      () =>
        callRoute(reviewLinks.DELETE, {
          method: "DELETE",
          token: ws.tokens.editor,
          params: { brand: "atomic" },
          body: { id: link.id },
        }),
      async () => (await links()) === 0,
    );
  });

  it("API token create and revoke, invite revoke, and Run now", async () => {
    const named = () => db.apiToken.findFirst({ where: { workspaceId: ws.workspace.id, name: "atomic-ci" } });
    await atomically(
      "token.create",
      () =>
        callRoute(tokens.POST, {
          method: "POST",
          token: ws.tokens.owner,
          body: { name: "atomic-ci", role: "viewer" },
        }),
      async () => (await named()) !== null,
    );
    const id = (await named())!.id;
    await atomically(
      "token.revoke",
      () => callRoute(tokenOne.DELETE, { method: "DELETE", token: ws.tokens.owner, params: { id } }),
      async () => (await named())!.revokedAt !== null,
    );

    const invite = await callRoute(invites.POST, {
      method: "POST",
      token: ws.tokens.owner,
      body: { email: "atomic-invitee@example.com", role: "editor" },
    });
    expect(invite.status, invite.text).toBe(201);
    const row = await db.invite.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    await atomically(
      "invite.revoke",
      () => callRoute(inviteOne.DELETE, { method: "DELETE", token: ws.tokens.owner, params: { id: row.id } }),
      async () => (await db.invite.findUniqueOrThrow({ where: { id: row.id } })).revokedAt !== null,
    );

    const runs = () => db.orchestratorRun.count({ where: { workspaceId: ws.workspace.id } });
    await atomically(
      "run.manual",
      () =>
        callRoute(daily.POST, {
          method: "POST",
          token: ws.tokens.editor,
          body: { execute_date: new Date().toISOString().slice(0, 10) },
        }),
      async () => (await runs()) === 1,
    );
  });
});
