import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as webhooks from "@/app/api/webhooks/route";
import * as webhook from "@/app/api/webhooks/[id]/route";
import * as deliveries from "@/app/api/webhooks/[id]/deliveries/route";
import * as testSend from "@/app/api/webhooks/[id]/test/route";
import * as redeliver from "@/app/api/webhooks/[id]/deliveries/[delivery]/redeliver/route";
import * as submit from "@/app/api/strategy/submit/route";
import * as cronOutbox from "@/app/api/cron/outbox/route";
import * as reviewRoute from "@/app/api/posts/[id]/review/route";
import { verifyWebhook } from "@/lib/webhooks/sign-webhook";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, FIXTURE_DAY, type Tenant } from "./support/tenant-fixture";
import { startWebhookReceiver } from "../fakes/webhook-receiver";
import { startSlackFake } from "../fakes/slack-fake";
import { deliverOutbox } from "@/lib/outbox/deliver-outbox";
import { countFailedDeliveries } from "@/lib/outbox/count-failed-deliveries";
import { guardedPost, outboxDeps } from "@/lib/wiring/outbox-deps";

let db: Db;
let t: Tenant;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let slack: Awaited<ReturnType<typeof startSlackFake>>;
const cron = { authorization: "Bearer test-cron-secret-0123456789" };

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  slack = await startSlackFake();
  db = await useRouteEnv({ OUTBOUND_ALLOWED_HOSTS: `127.0.0.1:${receiver.port},127.0.0.1:${slack.port}` });
  t = await seedTenant(db);
  await db.workspace.update({ where: { id: t.workspace.id }, data: { approvalRequired: true } });
});
afterAll(async () => {
  await receiver?.close();
  await slack?.close();
});

describe("outgoing webhooks", () => {
  it("signs each event the Standard Webhooks way, retries after a 500 with the same id, and logs the deliveries", async () => {
    const created = await callRoute(webhooks.POST, {
      method: "POST",
      token: t.tokens.owner,
      body: { url: receiver.url, events: ["post.review_requested"] },
    });
    expect(created.status).toBe(201);
    const { id, secret } = created.json;
    expect(secret).toMatch(/^whsec_/);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(row.secretEnc).not.toContain(secret.slice(6));
    expect(JSON.stringify((await callRoute(webhooks.GET, { token: t.tokens.owner })).json)).not.toContain(secret);

    // The event and its outbox row are written together; nothing is sent inside the request.
    const sub = await callRoute(submit.POST, {
      method: "POST",
      userId: t.users.editor,
      body: { brand: t.brand.slug, from: FIXTURE_DAY, to: FIXTURE_DAY },
    });
    expect(sub.json.submitted).toBe(3);
    expect(receiver.received).toHaveLength(0);

    receiver.answer(500);
    const first = await callRoute(cronOutbox.GET, { headers: cron });
    expect(first.json).toMatchObject({ sent: 0, retrying: 1 });
    const pending = await db.outboxMessage.findFirstOrThrow({ where: { endpointId: id } });
    expect(pending).toMatchObject({ status: "pending", attempts: 1, lastStatus: 500 });
    expect(pending.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: a second call sends nothing.
    expect((await callRoute(cronOutbox.GET, { headers: cron })).json.claimed).toBe(0);

    await db.outboxMessage.update({ where: { id: pending.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    const second = await callRoute(cronOutbox.GET, { headers: cron });
    expect(second.json).toMatchObject({ sent: 1 });
    expect(receiver.received.map((r) => r.status)).toEqual([500, 200]);
    const [a, b] = receiver.received;
    expect(a.headers["webhook-id"]).toBe(b.headers["webhook-id"]);
    expect(verifyWebhook(secret, b.headers, b.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhook(secret, b.headers, b.body.replace("review", "revieW"), Math.floor(Date.now() / 1000))).toBe(
      false,
    );
    const payload = JSON.parse(b.body);
    expect(payload).toMatchObject({ type: "post.review_requested", data: { brand: t.brand.slug, from: FIXTURE_DAY } });
    expect(payload.data.post_ids).toHaveLength(3);

    const log = await callRoute(deliveries.GET, { token: t.tokens.owner, params: { id } });
    expect(log.json.deliveries[0]).toMatchObject({
      status: "sent",
      attempts: 2,
      last_status: 200,
      event: "post.review_requested",
    });

    // Send test and redeliver go out at once; the redelivery keeps the webhook-id.
    const test = await callRoute(testSend.POST, { method: "POST", token: t.tokens.owner, params: { id } });
    expect(test.json).toMatchObject({ status: "sent", event: "webhook.test" });
    const again = await callRoute(redeliver.POST, {
      method: "POST",
      token: t.tokens.owner,
      params: { id, delivery: log.json.deliveries[0].id },
    });
    expect(again.json.status).toBe("sent");
    expect(receiver.received.at(-1)!.headers["webhook-id"]).toBe(a.headers["webhook-id"]);
    expect(
      verifyWebhook(
        secret,
        receiver.received.at(-1)!.headers,
        receiver.received.at(-1)!.body,
        Math.floor(Date.now() / 1000),
      ),
    ).toBe(true);
  });

  it("sends every target through the outbound guard, counts failures, and stays inside the workspace", async () => {
    const privateUrl = `http://127.0.0.2:${receiver.port}/hooks`;
    for (const url of [privateUrl, "http://localhost/hooks", "http://[::1]/hooks"]) {
      const refused = await callRoute(webhooks.POST, { method: "POST", token: t.tokens.owner, body: { url } });
      expect(refused.status, url).toBe(422);
      expect(refused.json.error.details[0].path).toBe("url");
    }
    // A name that resolves to a private address only later is caught when sending: saved as one here.
    const blocked = await callRoute(webhooks.POST, {
      method: "POST",
      token: t.tokens.owner,
      body: { url: receiver.url },
    });
    expect(blocked.status).toBe(201);
    await db.webhookEndpoint.update({ where: { id: blocked.json.id }, data: { url: privateUrl } });
    const before = receiver.received.length;
    const res = await callRoute(testSend.POST, {
      method: "POST",
      token: t.tokens.owner,
      params: { id: blocked.json.id },
    });
    expect(res.json.status, JSON.stringify(res.json)).toBe("pending");
    expect(res.json.last_error).toMatch(/could not be reached/);
    expect(receiver.received.length).toBe(before);
    // After the last attempt the delivery is failed and counted.
    await db.outboxMessage.updateMany({
      where: { endpointId: blocked.json.id },
      data: { attempts: 8, nextAttemptAt: new Date(0) },
    });
    await callRoute(cronOutbox.GET, { headers: cron });
    const list = await callRoute(webhooks.GET, { token: t.tokens.owner });
    expect(list.json.webhooks.find((w: { id: string }) => w.id === blocked.json.id).failed_deliveries).toBe(1);
    // What the run board shows.
    expect(await countFailedDeliveries({ db, workspaceId: t.workspace.id })).toEqual({ email: 0, webhook: 1 });

    for (const url of ["ftp://example.com/x", "not a url", "file:///etc/passwd"]) {
      expect(
        (await callRoute(webhooks.POST, { method: "POST", token: t.tokens.owner, body: { url } })).status,
        url,
      ).toBe(422);
    }
    expect(
      (
        await callRoute(webhooks.POST, {
          method: "POST",
          token: t.tokens.owner,
          body: { url: receiver.url, events: ["post.nope"] },
        })
      ).status,
    ).toBe(422);
    const foreign = await seedTenant(db);
    expect(
      (await callRoute(deliveries.GET, { token: foreign.tokens.owner, params: { id: blocked.json.id } })).status,
    ).toBe(404);
    expect(
      (await callRoute(testSend.POST, { method: "POST", token: foreign.tokens.owner, params: { id: blocked.json.id } }))
        .status,
    ).toBe(404);
    expect(
      (
        await callRoute(webhook.DELETE, {
          method: "DELETE",
          token: foreign.tokens.owner,
          params: { id: blocked.json.id },
        })
      ).status,
    ).toBe(404);
    expect(
      (await callRoute(webhook.DELETE, { method: "DELETE", token: t.tokens.owner, params: { id: blocked.json.id } }))
        .status,
    ).toBe(200);
    // A removed endpoint's log stays readable, but nothing is redelivered to it (nor counted as failed).
    const [logged] = (await callRoute(deliveries.GET, { token: t.tokens.owner, params: { id: blocked.json.id } })).json
      .deliveries;
    const gone = await callRoute(redeliver.POST, {
      method: "POST",
      token: t.tokens.owner,
      params: { id: blocked.json.id, delivery: logged.id },
    });
    expect(gone.status, gone.text).toBe(404);
    expect(await db.outboxMessage.count({ where: { endpointId: blocked.json.id } })).toBe(1);
  });

  it("a Slack incoming webhook receives the event as plain text, which Slack accepts", async () => {
    const created = await callRoute(webhooks.POST, {
      method: "POST",
      token: t.tokens.owner,
      body: { url: slack.slackUrl, events: ["post.changes_requested"] },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json.slack).toBe(true);
    const post = await db.post.findFirstOrThrow({ where: { brandId: t.brand.id, status: "in_review" } });
    const review = await callRoute(reviewRoute.POST, {
      method: "POST",
      userId: t.users.owner,
      params: { id: post.id },
      body: { decision: "request_changes", comment: "Mention the Saturday market.", version: post.version },
    });
    expect(review.status, review.text).toBe(200);
    // The real sender and outbound guard; only the name hooks.slack.com leads to the local fake.
    const deps = outboxDeps(db, new Date());
    const result = await deliverOutbox({
      ...deps,
      onlyIds: (await db.outboxMessage.findMany({ where: { endpointId: created.json.id } })).map((m) => m.id),
      post: (url, req) => guardedPost(url.replace("https://hooks.slack.com", slack.origin), req),
    });
    expect(result).toMatchObject({ sent: 1, failed: 0, retrying: 0 });
    expect(slack.messages).toHaveLength(1);
    expect(slack.messages[0].body).toEqual({ text: slack.messages[0].text });
    expect(slack.messages[0].text).toMatch(/requested changes on the .* post of .*: Mention the Saturday market\./);
    const sent = await db.outboxMessage.findFirstOrThrow({ where: { endpointId: created.json.id } });
    expect(sent).toMatchObject({ status: "sent", lastStatus: 200 });
  });
});
