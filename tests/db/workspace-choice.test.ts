import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as workspace from "@/app/api/workspace/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  db = await useRouteEnv({ NEXTAUTH_URL: "http://app.test" });
  ws = await seedWorkspace(db);
});

describe("the workspace a request acts on", () => {
  it("never acts on a workspace the person is not in, nor on another one in its place", async () => {
    const user = await db.user.create({ data: { email: "two-ws@example.com", name: "Two", passwordHash: "x" } });
    const own = await db.workspace.create({ data: { slug: "two-own", name: "Own" } });
    await db.membership.create({ data: { userId: user.id, workspaceId: own.id, role: "owner" } });
    const left = await db.membership.create({ data: { userId: user.id, workspaceId: ws.workspace.id, role: "owner" } });
    await db.membership.delete({ where: { id: left.id } });
    const patch = (headers: Record<string, string>) =>
      callRoute(workspace.PATCH, {
        method: "PATCH",
        userId: user.id,
        headers: { origin: "http://app.test", ...headers },
        body: { approval_required: true },
      });

    const choices: Record<string, string>[] = [
      { "x-workspace": ws.workspace.slug },
      { cookie: `cm_ws=${ws.workspace.slug}` },
    ];
    for (const headers of choices) {
      const res = await patch(headers);
      expect(res.status, res.text).toBe(403);
      expect(res.json.error.message).toContain(ws.workspace.slug);
    }
    expect((await db.workspace.findUniqueOrThrow({ where: { id: own.id } })).approvalRequired).toBe(false);
    // Reading under a stale choice shows the person's own workspace, as the pages do.
    const read = await callRoute(workspace.GET, { userId: user.id, headers: { cookie: `cm_ws=${ws.workspace.slug}` } });
    expect(read.status).toBe(200);
    const mine = await patch({ "x-workspace": own.slug });
    expect(mine.status, mine.text).toBe(200);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: own.id } })).approvalRequired).toBe(true);
  });
});
