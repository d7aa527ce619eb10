import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { resetDb } from "../setup/db";
import { seedTenant, type Tenant } from "./support/tenant-fixture";
import * as extras from "@/app/api/posts/[id]/extras/route";

let db: Db;
let t: Tenant;

beforeAll(async () => {
  db = await useRouteEnv();
});
beforeEach(async () => {
  await resetDb(db);
  t = await seedTenant(db);
});

const postOn = (platform: "linkedin" | "facebook" | "x") =>
  db.post.findFirstOrThrow({ where: { brandId: t.brand.id, platform } });
const put = async (platform: "linkedin" | "facebook" | "x", body: Record<string, unknown>) => {
  const post = await postOn(platform);
  return callRoute(extras.PUT, {
    method: "PUT",
    userId: t.users.editor,
    params: { id: post.id },
    body: { version: post.version, ...body },
  });
};

describe("editing a carousel slide by slide", () => {
  it("saves the slides in order, makes a LinkedIn post a carousel and asks for approval again", async () => {
    const before = await postOn("linkedin");
    await db.post.update({ where: { id: before.id }, data: { status: "approved" } });
    const res = await put("linkedin", { slides: ["Cover", "Point one", "Point two"] });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ slides: ["Cover", "Point one", "Point two"], format: "carousel_outline" });
    const after = await postOn("linkedin");
    expect(after).toMatchObject({ slides: ["Cover", "Point one", "Point two"], status: "draft" });
    // the replaced state is kept as a version (Undo and Restore can bring it back)
    expect(await db.postVersion.count({ where: { postId: after.id } })).toBeGreaterThan(0);
    const reordered = await put("linkedin", { slides: ["Cover", "Point two", "Point one"] });
    expect(reordered.json.slides).toEqual(["Cover", "Point two", "Point one"]);
    // without its slides, a LinkedIn carousel is a text post again
    expect((await put("linkedin", { slides: [] })).json).toMatchObject({ slides: [], format: "text" });
  });

  it("refuses what the networks cannot show, with a 4xx and nothing changed", async () => {
    const cases: [platform: "linkedin" | "facebook" | "x", body: Record<string, unknown>, message: RegExp][] = [
      ["x", { slides: ["a", "b"] }, /X has no carousels/],
      ["linkedin", { slides: ["only one"] }, /at least 2 slides/],
      ["linkedin", { slides: ["a", " "] }, /cannot be empty/],
      ["facebook", { slides: Array.from({ length: 11 }, (_, i) => `s${i}`) }, /at most 10 slides/],
      ["linkedin", { slides: ["a", "x".repeat(301)] }, /too big|at most|300/i],
    ];
    for (const [platform, body, message] of cases) {
      const res = await put(platform, body);
      expect(res.status, `${platform} ${JSON.stringify(body)}`).toBe(422);
      expect(JSON.stringify(res.json.error)).toMatch(message);
      expect((await postOn(platform)).slides).toEqual([]);
    }
  });
});
