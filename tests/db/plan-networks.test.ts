// A month generated again without naming networks covers the networks its plan had, as the calendar asks it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as generate from "@/app/api/strategy/generate/route";
import * as preview from "@/app/api/strategy/generate/preview/route";
import * as postsRoute from "@/app/api/brands/[brand]/posts/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
});

const gen = (body: Record<string, unknown>) =>
  callRoute(generate.POST, { method: "POST", token: ws.tokens.editor, body: { ...BRIEF, duration_days: 7, ...body } });
const networksOf = (posts: { platform: string }[]) => [...new Set(posts.map((p) => p.platform))].sort();

describe("generating a month again without platforms", () => {
  it("keeps a LinkedIn-only brand on LinkedIn, and says so before", async () => {
    const first = await gen({ brand_name: "Solo Wren", platforms: ["LinkedIn"] });
    expect(first.status, first.text).toBe(201);
    expect(networksOf(first.json.posts)).toEqual(["linkedin"]);

    const before = await callRoute(preview.GET, {
      token: ws.tokens.editor,
      path: "/api/strategy/generate/preview?brand=solo-wren&start_date=2030-01-01&duration_days=7",
    });
    expect(before.status, before.text).toBe(200);
    expect([before.json.networks, before.json.replaced]).toEqual([["linkedin"], 7]);

    // The calendar's "Regenerate month" sends the brand's brief and dates, no networks.
    const again = await gen({ brand_name: "Solo Wren" });
    expect(again.status, again.text).toBe(201);
    expect(networksOf(again.json.posts)).toEqual(["linkedin"]);
    expect(again.json.posts).toHaveLength(7);
    const live = await db.post.findMany({ where: { brandId: first.json.brand_id, archivedAt: null } });
    expect(networksOf(live)).toEqual(["linkedin"]);
  });

  it("still takes the networks a request names, and all three for a brand's first plan", async () => {
    const first = await gen({ brand_name: "Trio Wren" });
    expect(networksOf(first.json.posts)).toEqual(["facebook", "linkedin", "x"]);
    const named = await gen({ brand_name: "Trio Wren", platforms: ["X", "Facebook"], replace: "all" });
    expect(networksOf(named.json.posts)).toEqual(["facebook", "x"]);
  });

  it("names the brand's own networks for days with nothing planned, for the calendar's empty state", async () => {
    const solo = await gen({ brand_name: "Lone Wren", platforms: ["LinkedIn"] });
    expect(solo.status, solo.text).toBe(201);
    const list = (brand: string, from: string, to: string) =>
      callRoute(postsRoute.GET, {
        token: ws.tokens.viewer,
        params: { brand },
        path: `/api/brands/${brand}/posts?from=${from}&to=${to}`,
      });
    const empty = await list("lone-wren", "2030-03-01", "2030-03-31");
    expect(empty.status, empty.text).toBe(200);
    expect([empty.json.posts, empty.json.networks]).toEqual([[], ["linkedin"]]);
    // a month with posts shows them, and costs no extra read
    const planned = await list("lone-wren", "2030-01-01", "2030-01-31");
    expect(planned.json.posts).toHaveLength(7);
    expect(planned.json.networks).toBeUndefined();
    await gen({ brand_name: "Wide Wren" });
    expect((await list("wide-wren", "2030-03-01", "2030-03-31")).json.networks).toEqual(["linkedin", "facebook", "x"]);
  });
});
