// A post moved to today keeps its time: when that time has gone by, the move is into the past.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { updatePost } from "@/lib/plans/update-post";
import { useRouteEnv } from "./support/route-env";
import { brandRow } from "./support/orchestration";

let db: Db;
beforeAll(async () => {
  db = await useRouteEnv();
});

// 14:00 on Monday 10 June 2030 in Auckland (NZST, UTC+12): its 09:00 has gone by, its 20:00 has not.
const now = new Date("2030-06-10T02:00:00Z");

async function approvedPost() {
  const ws = await db.workspace.create({ data: { slug: `past-${Date.now()}`, name: "Past" } });
  const actor = { workspaceId: ws.id, userId: null, label: "test" };
  const brand = await db.brand.create({
    data: {
      ...brandRow(ws.id, `Kiwi${Date.now()}`),
      timezone: "Pacific/Auckland",
      publishTimes: { linkedin: "09:00", facebook: "12:30", x: "20:00" },
    },
  });
  await createPlanForBrand({ db, actor, brand, startDate: "2030-06-10", durationDays: 3, seed: 1, now });
  const post = await db.post.findFirstOrThrow({
    where: { brandId: brand.id, platform: "linkedin", date: new Date("2030-06-12T00:00:00Z") },
  });
  const approved = await updatePost({ db, actor, id: post.id, input: { status: "approved", version: 1 }, now });
  return { actor, post: approved };
}

describe("moving a post to today", () => {
  it("refuses a time that has passed today, as it refuses that time chosen outright", async () => {
    const { actor, post } = await approvedPost();
    expect([post.status, post.time]).toEqual(["approved", "09:00"]);
    const move = updatePost({ db, actor, id: post.id, input: { date: "2030-06-10", version: post.version }, now });
    await expect(move).rejects.toMatchObject({
      code: "validation_error",
      details: [expect.objectContaining({ path: "date" })],
    });
    const row = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    // Still on its day: not due, so the next run does not send it at once.
    expect([row.date.toISOString().slice(0, 10), row.scheduledAt.toISOString()]).toEqual([
      "2030-06-12",
      "2030-06-11T21:00:00.000Z",
    ]);
    expect(row.version).toBe(post.version);
  });

  it("takes today with a time still to come, and another day at the same time", async () => {
    const { actor, post } = await approvedPost();
    const later = await updatePost({
      db,
      actor,
      id: post.id,
      input: { date: "2030-06-10", time: "20:00", version: post.version },
      now,
    });
    expect([later.date, later.time, later.scheduled_at]).toEqual(["2030-06-10", "20:00", "2030-06-10T08:00:00.000Z"]);
    const tomorrow = await updatePost({
      db,
      actor,
      id: post.id,
      input: { date: "2030-06-11", version: later.version },
      now,
    });
    expect([tomorrow.date, tomorrow.time, tomorrow.status]).toEqual(["2030-06-11", "20:00", "approved"]);
  });
});
