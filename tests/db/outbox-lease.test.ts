import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { getTestDb } from "../setup/db";
import { seedWorkspace } from "./support/seed-workspace";
import { deliverOutbox } from "@/lib/outbox/deliver-outbox";
import type { OutboxDeps } from "@/lib/outbox/types";
import type { OutboxMessage } from "@/lib/generated/prisma/client";

let db: Db;
let workspaceId: string;

beforeAll(async () => {
  ({ db } = await getTestDb());
  workspaceId = (await seedWorkspace(db)).workspace.id;
});

const SECRET = "whsec_" + Buffer.alloc(24, 7).toString("base64");

describe("the outbox behind a slow receiver", () => {
  it("sends a row once when its lease ran out mid-batch and another process took it over", async () => {
    const endpoint = await db.webhookEndpoint.create({
      data: { workspaceId, url: "https://receiver.example/hooks", secretEnc: "unused", events: ["post.published"] },
    });
    const t0 = new Date("2031-01-01T10:00:00Z");
    const rows: OutboxMessage[] = [];
    for (const n of [1, 2, 3]) {
      rows.push(
        await db.outboxMessage.create({
          data: {
            workspaceId,
            channel: "webhook",
            endpointId: endpoint.id,
            eventType: "post.published",
            messageId: `msg_lease_${n}_${endpoint.id}`,
            payload: { type: "post.published", timestamp: t0.toISOString(), data: { n } },
            nextAttemptAt: new Date(t0.getTime() - 60_000 * (4 - n)),
          },
        }),
      );
    }
    const sent: { by: string; id: string; ts: string }[] = [];
    const base = (now: Date): OutboxDeps => ({
      db,
      now,
      sendMail: null,
      webhookSecret: () => SECRET,
      onlyIds: rows.map((r) => r.id),
      post: async () => ({ status: 200 }),
    });
    // Process A's first receiver takes 200 s: the rest of its batch is past the 120 s lease by then.
    let aNow = t0;
    const later = new Date(t0.getTime() + 200_000);
    const a = await deliverOutbox({
      ...base(t0),
      clock: () => aNow,
      post: async (_url, req) => {
        sent.push({ by: "a", id: req.headers["webhook-id"], ts: req.headers["webhook-timestamp"] });
        if (sent.length === 1) aNow = later;
        if (sent.length === 2) {
          // Process B's outbox run comes while A is still at its second row.
          const b = await deliverOutbox({
            ...base(later),
            post: async (_u, r) => {
              sent.push({ by: "b", id: r.headers["webhook-id"], ts: r.headers["webhook-timestamp"] });
              return { status: 200 };
            },
          });
          expect(b.claimed).toBe(1);
        }
        return { status: 200 };
      },
    });

    const ids = sent.map((s) => s.id);
    expect(new Set(ids).size, JSON.stringify(sent)).toBe(ids.length);
    expect(ids.sort()).toEqual(rows.map((r) => r.messageId).sort());
    expect(a).toMatchObject({ claimed: 3, sent: 2, taken_over: 1 });
    // Each request carries the time it was sent, which receivers check against a 5-minute window.
    const second = sent.filter((s) => s.by === "a")[1];
    expect(Number(second.ts)).toBe(later.getTime() / 1000);
    const after = await db.outboxMessage.findMany({ where: { endpointId: endpoint.id } });
    expect(after.map((m) => m.status)).toEqual(["sent", "sent", "sent"]);
    expect(after.map((m) => m.attempts).sort()).toEqual([1, 1, 2]);
  });
});
