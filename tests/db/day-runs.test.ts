import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { dayRuns } from "@/lib/orchestration/day-runs";
import { useRouteEnv } from "./support/route-env";
import { seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let other: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
  other = await seedWorkspace(db);
});

describe("dayRuns", () => {
  it("names the member who started a run, and no one outside the workspace", async () => {
    const day = new Date("2031-02-03T00:00:00Z");
    const editor = await db.user.findUniqueOrThrow({ where: { id: ws.users.editor } });
    const outsider = await db.user.findUniqueOrThrow({ where: { id: other.users.owner } });
    await db.user.update({ where: { id: editor.id }, data: { name: "Eddie Editor" } });
    await db.user.update({ where: { id: outsider.id }, data: { name: "Olga Outsider" } });
    for (const by of [editor.email, outsider.email, "token:ci"])
      await db.orchestratorRun.create({
        data: { workspaceId: ws.workspace.id, trigger: "manual", triggeredBy: by, date: day, status: "finished" },
      });
    const runs = await dayRuns({ db, workspaceId: ws.workspace.id, day, brand: null, touched: [], now: new Date() });
    const names = Object.fromEntries(runs.map((r) => [r.triggered_by, r.triggered_by_name]));
    expect(names).toEqual({ [editor.email]: "Eddie Editor", [outsider.email]: null, "token:ci": null });
  });
});
