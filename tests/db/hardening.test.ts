// One test (or more) per finding of issue #8, against the real handlers and a real database.
import bcrypt from "bcryptjs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as brands from "@/app/api/brands/route";
import * as brandOne from "@/app/api/brands/[brand]/route";
import * as generate from "@/app/api/strategy/generate/route";
import * as exportRoute from "@/app/api/strategy/export/[file]/route";
import * as performance from "@/app/api/analytics/performance/route";
import * as status from "@/app/api/orchestrator/status/route";
import { runCron } from "@/lib/orchestration/run-cron";
import * as signup from "@/app/api/account/signup/route";
import * as nextAuth from "@/app/api/auth/[...nextauth]/route";
import { assertUnderRateLimit, clearRateLimit, hitRateLimit, RATE_RULES } from "@/lib/rate-limit/hit-rate-limit";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { PEER_ADDRESS_HEADER } from "@/lib/request-guards";
import { verifyCredentials } from "@/lib/workspaces/verify-credentials";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRAND_BODY, BRIEF, seedWorkspace } from "./support/seed-workspace";
import { fakeEnv, makeDeps, seedPublishing, DAY } from "./support/orchestration";
import { createChannelResolver } from "@/lib/orchestration/resolve-channel";
import { createPublisher } from "@/lib/wiring/network-adapters";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { startFakes, type Fakes } from "../fakes/start-fakes";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
});

/** The body's first bytes as sent (decoding text would drop a BOM). */
async function firstBytes(
  handler: typeof exportRoute.GET,
  path: string,
  params: Record<string, string>,
  token: string,
) {
  const req = new NextRequest(new URL(path, "http://localhost:3000"), {
    headers: { authorization: `Bearer ${token}` },
  });
  const res = await handler(req, { params: Promise.resolve(params) } as never);
  return [...new Uint8Array(await res.arrayBuffer()).slice(0, 3)];
}

/** The shared helper's 2 s publish timeout is too tight on a loaded machine; these tests are not about timeouts. */
const patientDeps = (fakes: Fakes, clock: () => Date) =>
  makeDeps(db, fakes, clock, {
    channels: createChannelResolver({
      db,
      keyRing: () => keyRingFromEnv(),
      publisherFor: (n) => createPublisher(n, { env: { ...fakeEnv(fakes), PUBLISH_TIMEOUT_MS: "15000" } }),
    }),
  });

/** A reverse proxy in front of the app, as TRUST_PROXY=1 declares one. */
async function withTrustedProxy<T>(fn: () => Promise<T>): Promise<T> {
  process.env.TRUST_PROXY = "1";
  try {
    return await fn();
  } finally {
    delete process.env.TRUST_PROXY;
  }
}

const createBrand = (name: string, extra: Record<string, unknown> = {}, token = ws.tokens.editor) =>
  callRoute(brands.POST, { method: "POST", token, body: { ...BRAND_BODY, name, ...extra } });

describe("brand names that read alike in ASCII", () => {
  it("are two brands with their own slugs; the same name twice is still refused", async () => {
    const jp = await createBrand("日本ブランド");
    const cn = await createBrand("中文品牌");
    expect([jp.status, cn.status]).toEqual([201, 201]);
    expect(jp.json.slug).not.toBe(cn.json.slug);
    const gen = await callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, brand_name: "한국 브랜드", duration_days: 1 },
    });
    expect(gen.status, gen.text).toBe(201);
    expect(new Set([jp.json.slug, cn.json.slug, gen.json.brand]).size).toBe(3);
    const again = await createBrand("中文品牌");
    expect(again.status).toBe(409);
    expect(again.json.error.message).toContain("中文品牌");
  });
});

describe("finding 1: a time zone only Node knows cannot stop anyone's publishing", () => {
  it("answers 422 for US/Pacific-New at every boundary and stores nothing", async () => {
    const created = await createBrand("Zone Brand", { timezone: "US/Pacific-New" });
    expect(created.status).toBe(422);
    expect(created.json.error.details[0].path).toBe("timezone");
    const gen = await callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, brand_name: "Zone Gen", duration_days: 3, timezone: "US/Pacific-New" },
    });
    expect(gen.status).toBe(422);
    expect(
      await db.brand.count({ where: { workspaceId: ws.workspace.id, name: { in: ["Zone Brand", "Zone Gen"] } } }),
    ).toBe(0);
    expect((await createBrand("Zone Ok", { timezone: "America/New_York" })).status).toBe(201);
    const patched = await callRoute(brandOne.PATCH, {
      method: "PATCH",
      token: ws.tokens.editor,
      params: { brand: "zone-ok" },
      body: { timezone: "US/Pacific-New" },
    });
    expect(patched.status).toBe(422);
    expect(
      (await db.brand.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, slug: "zone-ok" } })).timezone,
    ).toBe("America/New_York");
  });

  describe("the cron", () => {
    let fakes: Fakes;
    beforeAll(async () => {
      fakes = await startFakes();
    });

    it("records a poisoned brand as failed with its reason and still publishes every other brand", async () => {
      const good = await seedPublishing(db);
      const bad = await seedPublishing(db);
      // Written behind the API's back, as an old row or a manual edit could be.
      await db.brand.update({ where: { id: bad.brand.id }, data: { timezone: "US/Pacific-New" } });
      const clock = () => new Date(`${DAY}T23:30:00Z`);
      const res = await runCron(patientDeps(fakes, clock), { catchupDays: 2 });
      expect(res.failures).toEqual([
        expect.objectContaining({ status: "brand_failed", brand_id: bad.brand.id, workspace_id: bad.ws.id }),
      ]);
      expect(res.failures[0].error.message).toMatch(/time zone/i);
      const published = await db.publication.count({ where: { brandId: good.brand.id, state: "published" } });
      expect(published).toBe(3);
      const run = await db.orchestratorRun.findUniqueOrThrow({ where: { id: res.run_id } });
      expect((run.counts as Record<string, number>).brand_failed).toBe(1);
      await fakes.stop();
    }, 60_000);
  });
});

describe("finding 3: brand names are literals, never patterns", () => {
  it("treats % and _ as characters in lookups, deletes and generate", async () => {
    const mine = await seedWorkspace(db);
    const t = mine.tokens;
    expect((await createBrand("Keep Me", {}, t.owner)).status).toBe(201);
    for (const ref of ["%", "%25", "_", "Keep_Me", "Keep%"]) {
      const got = await callRoute(brandOne.GET, { token: t.viewer, params: { brand: ref } });
      expect(got.status, ref).toBe(404);
      const del = await callRoute(brandOne.DELETE, { method: "DELETE", token: t.owner, params: { brand: ref } });
      expect(del.status, ref).toBe(404);
    }
    const gen = await callRoute(generate.POST, {
      method: "POST",
      token: t.editor,
      body: { ...BRIEF, brand_name: "%", duration_days: 2 },
    });
    expect(gen.status).toBe(201);
    const keep = await db.brand.findFirstOrThrow({ where: { workspaceId: mine.workspace.id, name: "Keep Me" } });
    expect(keep.positioning).toBe("p");
    expect(await db.plan.count({ where: { brandId: keep.id } })).toBe(0);
    expect((await callRoute(brandOne.GET, { token: t.viewer, params: { brand: "KEEP ME" } })).status).toBe(200);
  });
});

describe("finding 5: exports cannot carry formulas", () => {
  it("neutralises formula cells, writes a BOM, and escapes CR in ICS text", async () => {
    const mine = await seedWorkspace(db);
    const res = await callRoute(generate.POST, {
      method: "POST",
      token: mine.tokens.editor,
      body: { ...BRIEF, brand_name: "Formula Co", duration_days: 2 },
    });
    expect(res.status).toBe(201);
    const post = await db.post.findFirstOrThrow({ where: { brand: { workspaceId: mine.workspace.id } } });
    const evil = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];
    await db.post.update({
      where: { id: post.id },
      data: { hook: evil[0], angle: evil[1], cta: evil[2], format: evil[3] },
    });
    await db.post.update({ where: { id: post.id }, data: { body: `line one\rline two ${evil[4]}`, pillar: evil[5] } });
    const csv = await callRoute(exportRoute.GET, { token: mine.tokens.viewer, params: { file: "formula-co.csv" } });
    expect(csv.status).toBe(200);
    expect(
      await firstBytes(
        exportRoute.GET,
        "/api/strategy/export/formula-co.csv",
        { file: "formula-co.csv" },
        mine.tokens.viewer,
      ),
    ).toEqual([0xef, 0xbb, 0xbf]);
    const cells = csv.text.split(/,|\r\n/);
    for (const c of cells) expect(c.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const ics = await callRoute(exportRoute.GET, { token: mine.tokens.viewer, params: { file: "formula-co.ics" } });
    expect(ics.text).not.toMatch(/\r(?!\n)/);
    expect(ics.text).toContain("line one\\nline two");
    for (const line of ics.text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const perf = await callRoute(performance.GET, {
      path: "/api/analytics/performance?format=csv&from=2030-01-01&to=2030-01-31",
      token: mine.tokens.viewer,
    });
    expect(perf.status).toBe(200);
    expect(
      await firstBytes(
        performance.GET,
        "/api/analytics/performance?format=csv&from=2030-01-01&to=2030-01-31",
        {},
        mine.tokens.viewer,
      ),
    ).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("finding 12: the run status shows only the caller's share of a cron run", () => {
  it("counts only the caller's attempts in a shared cron run", async () => {
    const fakes = await startFakes();
    try {
      const a = await seedPublishing(db);
      const b = await seedPublishing(db);
      const clock = () => new Date(`${DAY}T23:30:00Z`);
      const run = await runCron(patientDeps(fakes, clock), { catchupDays: 2 });
      const tok = (await createApiToken({ db, workspaceId: a.ws.id, name: "reader", role: "viewer" })).token;
      const res = await callRoute(status.GET, { path: `/api/orchestrator/status?date=${DAY}`, token: tok });
      expect(res.status).toBe(200);
      const cron = res.json.runs.find((r: { id: string }) => r.id === run.run_id);
      expect(cron.counts.total).toBe(3);
      expect((run.counts as Record<string, number>).total).toBeGreaterThanOrEqual(6);
      expect(JSON.stringify(res.json)).not.toContain(b.brand.id);
    } finally {
      await fakes.stop();
    }
  }, 60_000);
});

describe("finding 6: JSON bodies are capped", () => {
  it("answers 413 above 1 MB, before parsing, and creates nothing", async () => {
    const big = JSON.stringify({ ...BRAND_BODY, name: "Huge", positioning: "x".repeat(1024 * 1024) });
    const res = await callRoute(brands.POST, { method: "POST", token: ws.tokens.editor, rawBody: big });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("payload_too_large");
    expect(await db.brand.count({ where: { name: "Huge" } })).toBe(0);
  });
});

describe("finding 8: bad input is a 4xx in the error shape", () => {
  it("refuses NUL bytes and lone surrogates in bodies, params and queries with a 400", async () => {
    for (const body of [
      { ...BRAND_BODY, name: "Nul\u0000Brand" },
      { ...BRAND_BODY, name: "Lone", value_props: ["ok", "\ud800"] },
      { ...BRAND_BODY, name: "Key", cta_targets: [{ key: "a\udc00", url: "https://x.example" }] },
    ]) {
      const res = await callRoute(brands.POST, { method: "POST", token: ws.tokens.editor, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBe("bad_request");
    }
    const param = await callRoute(brandOne.GET, { token: ws.tokens.viewer, params: { brand: "a\u0000b" } });
    expect(param.status).toBe(400);
    const query = await callRoute(status.GET, {
      path: "/api/orchestrator/status?brand=a%00b",
      token: ws.tokens.viewer,
    });
    expect(query.status).toBe(400);
  });

  it("answers 422 for year 0000 and 9999 dates everywhere a date is read", async () => {
    for (const d of ["0000-01-01", "9999-12-31"]) {
      const gen = await callRoute(generate.POST, {
        method: "POST",
        token: ws.tokens.editor,
        body: { ...BRIEF, brand_name: "Far Future", start_date: d },
      });
      expect(gen.status, d).toBe(422);
      const st = await callRoute(status.GET, { path: `/api/orchestrator/status?date=${d}`, token: ws.tokens.viewer });
      expect(st.status, d).toBe(422);
      const perf = await callRoute(performance.GET, {
        path: `/api/analytics/performance?from=${d}&to=${d}`,
        token: ws.tokens.viewer,
      });
      expect(perf.status, d).toBe(422);
    }
  });
});

describe("finding 10: cookie-authenticated mutations must come from the app", () => {
  it("refuses a cross-site or origin-less cookie POST with 403 and changes nothing; tokens are unaffected", async () => {
    const body = { ...BRAND_BODY, name: "Csrf Target" };
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" },
      { origin: "https://evil.example" },
      { "sec-fetch-site": "same-site", origin: "http://localhost:3000" },
      { origin: "", "sec-fetch-site": "" },
    ];
    for (const headers of attempts) {
      const res = await callRoute(brands.POST, { method: "POST", userId: ws.users.editor, body, headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.json.error.code).toBe("forbidden");
    }
    expect(await db.brand.count({ where: { name: "Csrf Target" } })).toBe(0);
    const sameSite = await callRoute(brands.POST, { method: "POST", userId: ws.users.editor, body });
    expect(sameSite.status).toBe(201);
    const token = await callRoute(brands.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...body, name: "Token Brand" },
      headers: { origin: "https://evil.example" },
    });
    expect(token.status).toBe(201);
  });
});

describe("finding 6: rate limits kept in PostgreSQL", () => {
  it("answers 429 with Retry-After once an email has used its sign-in attempts, before next-auth runs", async () => {
    const email = `limited-${Date.now()}@example.com`;
    const now = new Date();
    for (let i = 0; i < RATE_RULES.signInEmail.limit; i++)
      expect((await hitRateLimit(db, RATE_RULES.signInEmail, email, now)).allowed).toBe(true);
    const res = await callRoute(nextAuth.POST as never, {
      method: "POST",
      path: "/api/auth/callback/credentials",
      params: { nextauth: ["callback", "credentials"] } as never,
      rawBody: new URLSearchParams({ email, password: "right-or-wrong" }).toString(),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.json.error.code).toBe("rate_limited");
    expect(res.json.url).toContain("error=RateLimited");
    const later = new Date(now.getTime() + RATE_RULES.signInEmail.windowMs + 1000);
    expect((await hitRateLimit(db, RATE_RULES.signInEmail, email, later)).allowed).toBe(true);
  });

  it("counts failed sign-ins only: a success forgives them, so a person who signs in often is never locked out", async () => {
    const email = `often-${Date.now()}@example.com`;
    const now = new Date();
    for (let i = 0; i < RATE_RULES.signInEmail.limit - 1; i++)
      await hitRateLimit(db, RATE_RULES.signInEmail, email, now);
    await expect(assertUnderRateLimit(db, RATE_RULES.signInEmail, email, now)).resolves.toBeUndefined();
    await hitRateLimit(db, RATE_RULES.signInEmail, email, now);
    await expect(assertUnderRateLimit(db, RATE_RULES.signInEmail, email, now)).rejects.toMatchObject({
      code: "rate_limited",
    });
    await clearRateLimit(db, RATE_RULES.signInEmail, email);
    await expect(assertUnderRateLimit(db, RATE_RULES.signInEmail, email, now)).resolves.toBeUndefined();
  });

  it("limits sign-ups per IP and API calls per token with 429 and Retry-After", async () => {
    const ip = { "x-forwarded-for": "203.0.113.9" };
    // Typos are refused as invalid and do not count: the person who corrects them can still sign up.
    for (const body of [{}, [], { email: "not-an-email", name: "N", password: "a-long-password" }]) {
      for (let i = 0; i < RATE_RULES.signUpIp.limit; i++) {
        const bad = await withTrustedProxy(() => callRoute(signup.POST, { method: "POST", headers: ip, body }));
        expect(bad.status).toBe(422);
      }
    }
    expect(await db.rateLimit.count({ where: { key: "signup-ip:203.0.113.9" } })).toBe(0);
    let last = 0;
    for (let i = 0; i <= RATE_RULES.signUpIp.limit; i++) {
      const res = await withTrustedProxy(() =>
        callRoute(signup.POST, {
          method: "POST",
          headers: ip,
          body: { email: `ip-${i}-${Date.now()}@example.com`, name: "N", password: "a-long-password" },
        }),
      );
      last = res.status;
      if (i < RATE_RULES.signUpIp.limit) expect(res.status).toBe(201);
      else expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    }
    expect(last).toBe(429);
    const row = await db.apiToken.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, role: "viewer" } });
    const full = { count: RATE_RULES.apiToken.limit, resetAt: new Date(Date.now() + 60_000) };
    await db.rateLimit.upsert({
      where: { key: `api-token:${row.id}` },
      create: { key: `api-token:${row.id}`, ...full },
      update: full,
    });
    const limited = await callRoute(brands.GET, { token: ws.tokens.viewer });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    await db.rateLimit.delete({ where: { key: `api-token:${row.id}` } });
  });
  it("without TRUST_PROXY, a client rotating X-Forwarded-For stays in its own peer address's bucket", async () => {
    // What npm start's preload does for every request (proven in tests/unit/core/client-ip.test.ts).
    const mark = Symbol.for("scm.peer-address-header");
    (globalThis as Record<symbol, unknown>)[mark] = true;
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= RATE_RULES.signUpIp.limit; i++) {
        const res = await callRoute(signup.POST, {
          method: "POST",
          headers: { [PEER_ADDRESS_HEADER]: "192.0.2.77", "x-forwarded-for": `198.51.100.${100 + i}` },
          body: { email: `rotating-${i}-${Date.now()}@example.com`, name: "N", password: "a-long-password" },
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([...Array(RATE_RULES.signUpIp.limit).fill(201), 429]);
      expect(await db.rateLimit.count({ where: { key: "signup-ip:192.0.2.77" } })).toBe(1);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[mark];
    }
  });
});

describe("finding 7: races are 409s and unique slugs, never 500s", () => {
  it("10 concurrent sign-ups with one email: one 201, nine 409; with one workspace name: ten workspaces", async () => {
    const email = `race-${Date.now()}@example.com`;
    // distinct clients behind a trusted proxy, so the per-IP sign-up limit is not what is tested here
    process.env.TRUST_PROXY = "1";
    const same = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        callRoute(signup.POST, {
          method: "POST",
          headers: { "x-forwarded-for": `198.51.100.${i}` },
          body: { email, name: "Racer", password: "a-long-password" },
        }),
      ),
    );
    expect(same.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const ws = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        callRoute(signup.POST, {
          method: "POST",
          headers: { "x-forwarded-for": `198.51.100.${20 + i}` },
          body: {
            email: `ws-${i}-${Date.now()}@example.com`,
            name: "R",
            password: "a-long-password",
            workspace_name: "Same Name",
          },
        }),
      ),
    );
    expect(ws.map((r) => r.status)).toEqual(Array(10).fill(201));
    delete process.env.TRUST_PROXY;
    expect(new Set(ws.map((r) => r.json.workspace.slug)).size).toBe(10);
  }, 60_000);

  it("names a first workspace in the language the person signs up in", async () => {
    process.env.TRUST_PROXY = "1";
    const named = async (language: string, ip: string) =>
      (
        await callRoute(signup.POST, {
          method: "POST",
          headers: { "accept-language": language, "x-forwarded-for": ip },
          body: { email: `lang-${ip}-${Date.now()}@example.com`, name: "Marie Dupont", password: "a-long-password" },
        })
      ).json.workspace.name;
    expect(await named("fr-FR,fr;q=0.9", "198.51.100.60")).toBe("Espace de Marie Dupont");
    expect(await named("en-US", "198.51.100.61")).toBe("Marie Dupont's workspace");
    delete process.env.TRUST_PROXY;
  });
});

describe("finding 14: one brief schema from the form to the planner", () => {
  it("refuses what the planner would refuse (hashtag #foo-bar, an ftp: URL, duplicate CTA keys) at every boundary", async () => {
    const bad: [string, Record<string, unknown>][] = [
      ["hashtag", { hashtags_always: ["#foo-bar"] }],
      ["ftp website", { website: "ftp://files.example.com" }],
      ["ftp cta", { cta_targets: [{ key: "demo", url: "ftp://files.example.com/demo" }] }],
      [
        "duplicate cta keys",
        {
          cta_targets: [
            { key: "demo", url: "https://example.com/a" },
            { key: "demo", url: "https://example.com/b" },
          ],
        },
      ],
    ];
    for (const [label, extra] of bad) {
      const created = await createBrand(`Schema ${label}`, extra);
      expect(created.status, `${label}: ${created.text}`).toBe(422);
    }
    expect(await db.brand.count({ where: { workspaceId: ws.workspace.id, name: { startsWith: "Schema " } } })).toBe(0);

    expect((await createBrand("Schema Base")).status).toBe(201);
    for (const [label, extra] of bad) {
      const patched = await callRoute(brandOne.PATCH, {
        method: "PATCH",
        token: ws.tokens.editor,
        params: { brand: "schema-base" },
        body: extra,
      });
      expect(patched.status, `${label}: ${patched.text}`).toBe(422);
    }
    const gen = await callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, brand_name: "Schema Base", cta_targets: [{ key: "demo", url: "ftp://files.example.com" }] },
    });
    expect(gen.status).toBe(422);
    // What the API accepts, the planner plans.
    const ok = await callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, brand_name: "Schema Base", duration_days: 2 },
    });
    expect(ok.status, ok.text).toBe(201);
  });

  it("validates the brand a generate would save before writing anything: a 422 leaves the brand unchanged", async () => {
    expect((await createBrand("Legacy Tags")).status).toBe(201);
    // A row saved before the schemas agreed: its hashtag can never be planned.
    await db.brand.updateMany({
      where: { workspaceId: ws.workspace.id, slug: "legacy-tags" },
      data: { hashtagsAlways: ["foo-bar"] },
    });
    const gen = await callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, brand_name: "Legacy Tags", positioning: "A brand new positioning", duration_days: 2 },
    });
    expect(gen.status, gen.text).toBe(422);
    expect(gen.json.error.details.map((d: { path: string }) => d.path)).toContain("hashtagsAlways.0");
    const brand = await db.brand.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, slug: "legacy-tags" } });
    expect(brand.positioning).toBe(BRAND_BODY.positioning);
    expect(await db.plan.count({ where: { brandId: brand.id } })).toBe(0);
  });

  it("reads JSON columns through zod: a corrupt row is an error in the error shape, never passed on as if valid", async () => {
    expect((await createBrand("Corrupt Columns")).status).toBe(201);
    await db.$executeRaw`UPDATE "Brand" SET "ctaTargets" = '[{"key": 1}]'::jsonb
      WHERE "workspaceId" = ${ws.workspace.id} AND slug = 'corrupt-columns'`;
    const res = await callRoute(brandOne.GET, { token: ws.tokens.viewer, params: { brand: "corrupt-columns" } });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("validation_error");
    expect(res.text).not.toContain('"key":1');
  });
});

describe("finding 12: sign-in takes as long for an unknown email as for a real one", () => {
  it("checks a password hash of the same cost either way", async () => {
    const user = await db.user.update({
      where: { id: ws.users.owner },
      data: { passwordHash: await bcrypt.hash("the-right-password", 10) },
    });
    const time = async (email: string) => {
      const started = Date.now();
      expect(await verifyCredentials({ db, email, password: "a-wrong-password" })).toBeNull();
      return Date.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`nobody-${i}@example.com`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
    // Without the dummy hash an unknown email answered about 9 times faster (19 ms against 165 ms).
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
    expect(median(unknown) / median(known)).toBeLessThan(2);
  }, 60_000);
});
