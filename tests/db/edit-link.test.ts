// A person who deletes the CTA link from a post's text gets a post without it: publishing adds the post's
// link to a text that lacks it, so the link must go with the text.
import { beforeAll, beforeEach, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as generate from "@/app/api/strategy/generate/route";
import * as post from "@/app/api/posts/[id]/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { resetDb } from "../setup/db";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
beforeAll(async () => {
  db = await useRouteEnv();
});
beforeEach(async () => {
  await resetDb(db);
  ws = await seedWorkspace(db);
});

it("a link taken out of the text is not published; one left in stays", async () => {
  const gen = await callRoute(generate.POST, {
    method: "POST",
    token: ws.tokens.editor,
    body: { ...BRIEF, duration_days: 2, platforms: ["linkedin"] },
  });
  expect(gen.status, gen.text).toBe(201);
  const [first, second] = gen.json.posts as { id: string; body: string; link: string; version: number }[];
  expect(first.body).toContain(first.link);

  const edit = (p: typeof first, body: string) =>
    callRoute(post.PATCH, {
      method: "PATCH",
      token: ws.tokens.editor,
      params: { id: p.id },
      body: { body, version: p.version },
    });
  const without = await edit(first, first.body.split(first.link).join("").trim());
  expect(without.status, without.text).toBe(200);
  expect(without.json.link).toBeNull();
  expect((await db.post.findUniqueOrThrow({ where: { id: first.id } })).link).toBeNull();

  const kept = await edit(second, `${second.body}\n\nOne more line.`);
  expect(kept.json.link).toBe(second.link);
});
