import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as reviewLinks from "@/app/api/brands/[brand]/review-links/route";
import * as invites from "@/app/api/invites/route";
import * as tokens from "@/app/api/tokens/route";
import * as deliveries from "@/app/api/webhooks/[id]/deliveries/route";
import * as audit from "@/app/api/audit/route";
import * as notifications from "@/app/api/notifications/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, type Tenant } from "./support/tenant-fixture";
import { readAllPages, expectRefused } from "./support/read-pages";

let db: Db;
let t: Tenant;

const at = (i: number) => new Date(Date.UTC(2031, 0, 1, 0, 0, i));
const hash = () => randomBytes(16).toString("hex");
/** ids from the newest row to the oldest: what a newest-first list shows */
const newestFirst = (rows: { id: string; createdAt: Date }[]) =>
  [...rows].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);

beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db);
});

describe("review links, a page at a time", () => {
  it("reaches old active links behind 50 newer revoked and expired ones, each once, newest first", async () => {
    const now = new Date();
    const later = new Date(now.getTime() + 7 * 86_400_000);
    const earlier = new Date(now.getTime() - 86_400_000);
    // the 10 oldest still open; the 50 newer ones revoked or expired
    await db.reviewLink.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        workspaceId: t.workspace.id,
        brandId: t.brand.id,
        tokenHash: hash(),
        fromDate: new Date("2031-01-01"),
        toDate: new Date("2031-01-31"),
        platforms: ["x" as const],
        expiresAt: i < 10 || i % 2 ? later : earlier,
        revokedAt: i >= 10 && i % 2 ? now : null,
        createdAt: at(i),
      })),
    });
    const rows = await db.reviewLink.findMany({ where: { brandId: t.brand.id } });
    const params = { brand: t.brand.slug };
    const all = await readAllPages(reviewLinks.GET, { token: t.tokens.viewer, params, path: "/x", key: "links" });
    expect(all.pages).toBe(2);
    expect(all.ids).toEqual(newestFirst(rows));
    const active = await readAllPages(reviewLinks.GET, {
      token: t.tokens.viewer,
      params,
      path: "/x?state=active&limit=4",
      key: "links",
    });
    expect(active.pages).toBe(3);
    expect(active.ids).toEqual(newestFirst(rows.filter((r) => r.createdAt < at(10))));

    // the oldest active link, listed on the last page, can be revoked
    const oldest = all.ids.at(-1)!;
    const revoked = await callRoute(reviewLinks.DELETE, {
      method: "DELETE",
      token: t.tokens.editor,
      params,
      body: { id: oldest },
    });
    expect(revoked.status).toBe(200);
    expect((await db.reviewLink.findUniqueOrThrow({ where: { id: oldest } })).revokedAt).not.toBeNull();

    await expectRefused(reviewLinks.GET, { token: t.tokens.viewer, params }, ["state=old"]);
  });
});

describe("invites, tokens and deliveries, a page at a time", () => {
  it("lists 120 invites in pages of 50, each once, newest first", async () => {
    await db.invite.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        workspaceId: t.workspace.id,
        email: `person${i}@example.com`,
        role: "editor" as const,
        tokenHash: hash(),
        expiresAt: at(i + 1000),
        revokedAt: i % 3 ? null : at(i),
        createdAt: at(i),
      })),
    });
    const rows = await db.invite.findMany({ where: { workspaceId: t.workspace.id } });
    const all = await readAllPages(invites.GET, { token: t.tokens.owner, path: "/x", key: "invites" });
    expect(all.pages).toBe(3);
    expect(all.ids).toEqual(newestFirst(rows));
    await expectRefused(invites.GET, { token: t.tokens.owner });
  });

  it("lists 130 tokens, revoked ones too, each once, newest first", async () => {
    await db.apiToken.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({
        workspaceId: t.workspace.id,
        name: `script ${i}`,
        role: "viewer" as const,
        tokenHash: hash(),
        prefix: "smk_test",
        revokedAt: i < 100 ? at(i + 500) : null,
        createdAt: at(i),
      })),
    });
    const rows = await db.apiToken.findMany({ where: { workspaceId: t.workspace.id } });
    expect(rows).toHaveLength(133);
    const all = await readAllPages(tokens.GET, { token: t.tokens.owner, path: "/x?limit=40", key: "tokens" });
    expect(all.pages).toBe(4);
    expect(all.ids).toEqual(newestFirst(rows));
    await expectRefused(tokens.GET, { token: t.tokens.owner });
  });

  it("pages a delivery log whose rows share one time by their ids, each once", async () => {
    const endpoint = await db.webhookEndpoint.create({
      data: { workspaceId: t.workspace.id, url: "https://hooks.example.com/x", secretEnc: "sealed", events: [] },
    });
    // one transaction's worth of events: the same createdAt, only the id tells them apart
    await db.outboxMessage.createMany({
      data: Array.from({ length: 75 }, (_, i) => ({
        workspaceId: t.workspace.id,
        channel: "webhook",
        endpointId: endpoint.id,
        eventType: "post.published",
        messageId: `msg_${i}`,
        payload: {},
        createdAt: at(i < 70 ? 0 : i),
      })),
    });
    const rows = await db.outboxMessage.findMany({ where: { endpointId: endpoint.id } });
    const params = { id: endpoint.id };
    const all = await readAllPages(deliveries.GET, {
      token: t.tokens.owner,
      params,
      path: "/x?limit=7",
      key: "deliveries",
    });
    expect(all.pages).toBe(11);
    expect(all.ids).toEqual(newestFirst(rows));
    await expectRefused(deliveries.GET, { token: t.tokens.owner, params });
  });
});

describe("the lists paged before", () => {
  // A NUL byte in the id or a year PostgreSQL cannot hold reached the database and came back a 400 that named
  // no field; a cursor the server never issued is a 422 on `cursor`, as on the lists paged since.
  it("refuse a cursor they never issued with a 422 on the cursor", async () => {
    await expectRefused(audit.GET, { token: t.tokens.editor });
    await expectRefused(notifications.GET, { userId: t.users.viewer });
  });
});
