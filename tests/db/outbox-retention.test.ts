import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { useRouteEnv } from "./support/route-env";
import { seedWorkspace } from "./support/seed-workspace";
import { scheduledJobRunners } from "@/lib/wiring/scheduler-deps";
import { shiftInstant } from "@/lib/dates/days";

let db: Db;
beforeAll(async () => {
  db = await useRouteEnv();
});

describe("the retention cleanup and the outbox", () => {
  it("removes emails and webhook deliveries sent or failed before the window, never pending ones", async () => {
    const { workspace } = await seedWorkspace(db);
    const now = new Date("2031-06-01T04:15:00Z");
    const old = shiftInstant(now, -91);
    const rows = {
      oldSent: { status: "sent", createdAt: old },
      oldFailed: { status: "failed", createdAt: old },
      oldPending: { status: "pending", createdAt: old },
      recentSent: { status: "sent", createdAt: shiftInstant(now, -10) },
    };
    const ids: Record<string, string> = {};
    for (const [name, r] of Object.entries(rows)) {
      const m = await db.outboxMessage.create({
        data: {
          workspaceId: workspace.id,
          channel: "email",
          recipient: "someone@example.com",
          eventType: "mention",
          messageId: `msg_${name}_${workspace.id}`,
          payload: { subject: "s", text: "t" },
          ...r,
        },
      });
      ids[name] = m.id;
    }
    const result = await scheduledJobRunners(db, () => now).retention({
      at: now,
      source: "scheduler",
      stopSignal: new AbortController().signal,
    });
    expect(result).toMatchObject({ outbox_removed: 2 });
    const left = await db.outboxMessage.findMany({ where: { workspaceId: workspace.id } });
    expect(left.map((m) => m.id).sort()).toEqual([ids.oldPending, ids.recentSent].sort());
  });
});
