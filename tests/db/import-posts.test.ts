import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as importRoute from "@/app/api/brands/[brand]/import/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, type Tenant } from "./support/tenant-fixture";

let db: Db;
let t: Tenant;
beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db, { connect: false });
});

const send = (body: unknown, token = t.tokens.editor) =>
  callRoute(importRoute.POST, { method: "POST", token, params: { brand: t.brand.slug }, body });
const count = () => db.post.count({ where: { brandId: t.brand.id, writer: "import" } });

describe("bulk import", () => {
  it("reports every bad row and column and writes nothing, then imports a good file as drafts", async () => {
    const bad = [
      "date,time,network,text,link",
      "2031-01-05,09:00,linkedin,Fine row,https://example.com/a",
      "2031-01-06,25:00,myspace,,ftp://x",
      "2020-01-01,09:00,x,Too old,",
    ].join("\n");
    const refused = await send({ content: bad });
    expect(refused.status).toBe(422);
    expect(refused.json.created).toBe(0);
    expect(refused.json.error.code).toBe("validation_error");
    expect(refused.json.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: "time" }),
        expect.objectContaining({ row: 3, column: "network" }),
        expect.objectContaining({ row: 3, column: "text" }),
        expect.objectContaining({ row: 3, column: "link" }),
        expect.objectContaining({ row: 4, column: "date" }),
      ]),
    );
    expect(refused.json.errors.some((e: { row: number }) => e.row === 2)).toBe(false);
    expect(await count()).toBe(0);

    // A spreadsheet paste: tabs, no header, a quoted cell with a comma and a line break.
    const good =
      '2031-01-05\t9:00\tLinkedIn\tHello #launch\thttps://example.com/a\n2031-01-06\t17:30\tX\t"Two, lines\nhere"\t';
    const created = await send({ content: good });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ created: 2, errors: [] });
    const rows = await db.post.findMany({ where: { brandId: t.brand.id, writer: "import" }, orderBy: { date: "asc" } });
    expect(rows.map((r) => [r.platform, r.status, r.body, r.hashtags, r.editedByHuman])).toEqual([
      ["linkedin", "draft", "Hello #launch", ["#launch"], true],
      ["x", "draft", "Two, lines\nhere", [], true],
    ]);
    expect(await db.auditEvent.count({ where: { action: "post.import", entityId: t.brand.id } })).toBe(1);
  });

  it("takes 1,000 rows in one request and refuses 1,001", async () => {
    const line = (i: number) => `2032-02-${String((i % 28) + 1).padStart(2, "0")},10:00,facebook,Row ${i},`;
    const many = (n: number) =>
      ["date,time,network,text,link", ...Array.from({ length: n }, (_, i) => line(i))].join("\n");
    const tooMany = await send({ content: many(1001) });
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.errors[0].message).toContain("At most 1000 rows");
    const before = await count();
    const ok = await send({ content: many(1000) });
    expect(ok.json.created).toBe(1000);
    expect((await count()) - before).toBe(1000);
  });

  it("stores text exactly as written, whatever characters it holds", async () => {
    const texts = ['Say "NULL" {a,b} \\ back\\slash', "NULL", "Café ✨ 🥐 \u00e9t\u00e9", '\\"'];
    const csv = texts.map((x, i) => `2033-04-0${i + 1},10:00,facebook,"${x.replace(/"/g, '""')}",`).join("\n");
    expect((await send({ content: csv })).json.created).toBe(texts.length);
    const rows = await db.post.findMany({
      where: { brandId: t.brand.id, date: { gte: new Date("2033-04-01") } },
      orderBy: { date: "asc" },
    });
    expect(rows.map((r) => r.body)).toEqual(texts);
  });

  it("is for editors of the brand's own workspace", async () => {
    const content = "2031-03-01,10:00,x,Hi,";
    expect((await send({ content }, t.tokens.viewer)).status).toBe(403);
    expect((await send({ content: "" })).status).toBe(422);
  });
});
