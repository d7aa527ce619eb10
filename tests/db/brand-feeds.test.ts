// Feeds are read by the server: an address it would refuse to fetch is refused when it is saved.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as brands from "@/app/api/brands/route";
import * as brandOne from "@/app/api/brands/[brand]/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRAND_BODY, seedWorkspace } from "./support/seed-workspace";

const BRAND = { ...BRAND_BODY, name: "Feed Finch" };
const PUBLIC = "https://news.example.com/feed.xml";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
});

describe("a brand's feed addresses", () => {
  it("refuses private and local addresses when a brand is created or changed, naming each one, and saves nothing", async () => {
    const created = await callRoute(brands.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRAND, feed_urls: [PUBLIC, "http://169.254.169.254/latest", "http://[::169.254.169.254]/x"] },
    });
    expect(created.status, created.text).toBe(422);
    expect(created.json.error.details.map((d: { path: string }) => d.path)).toEqual(["feed_urls.1", "feed_urls.2"]);
    expect(await db.brand.count({ where: { workspaceId: ws.workspace.id, name: BRAND.name } })).toBe(0);

    const ok = await callRoute(brands.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRAND, feed_urls: [PUBLIC] },
    });
    expect(ok.status, ok.text).toBe(201);
    const patch = (body: object) =>
      callRoute(brandOne.PATCH, { method: "PATCH", token: ws.tokens.editor, params: { brand: ok.json.slug }, body });
    for (const bad of ["http://localhost:8080/feed", "http://10.0.0.5/rss", "http://127.1/rss"]) {
      const res = await patch({ feed_urls: [PUBLIC, bad], keywords: ["changed"] });
      expect(res.status, bad).toBe(422);
      expect(res.json.error.details).toEqual([{ path: "feed_urls.1", message: expect.stringMatching(/blocked/) }]);
    }
    const brand = await db.brand.findFirstOrThrow({ where: { id: ok.json.id } });
    expect([brand.feedUrls, brand.keywords]).toEqual([[PUBLIC], []]);
  });

  it("keeps a brief savable whose feed was saved before the rule", async () => {
    const ok = await callRoute(brands.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRAND, name: "Old Feed" },
    });
    await db.brand.update({ where: { id: ok.json.id }, data: { feedUrls: ["http://127.0.0.1/old"] } });
    const res = await callRoute(brandOne.PATCH, {
      method: "PATCH",
      token: ws.tokens.editor,
      params: { brand: ok.json.slug },
      body: { feed_urls: ["http://127.0.0.1/old"], keywords: ["kept"] },
    });
    expect(res.status, res.text).toBe(200);
  });
});
