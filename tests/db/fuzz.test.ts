/**
 * Fuzzes every app/api route and method with fast-check: valid, nearly valid and hostile params, queries and
 * bodies, as anonymous, viewer, editor, owner (token and cookie) and another tenant's owner, against the real
 * handlers and a real database. No answer may be a 5xx, every 4xx must be in the one error shape, and the
 * foreign tenant must never see the first tenant's data.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { FIXTURE_DAY, seedTenant, type Tenant } from "./support/tenant-fixture";
import { listRouteFiles, loadRoute } from "./support/route-files";

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

let db: Db;
let home: Tenant;
let foreign: Tenant;
const targets: { route: string; method: string; handler: Parameters<typeof callRoute>[0]; params: string[] }[] = [];

beforeAll(async () => {
  // a fuzzed request may render a card: its image goes to a throwaway folder, not the app's data directory
  db = await useRouteEnv({ MEDIA_DIR: mkdtempSync(path.join(tmpdir(), "fuzz-media-")) });
  // No network connections, so a fuzzed publish fails fast instead of reaching out.
  home = await seedTenant(db, { connect: false });
  foreign = await seedTenant(db, { connect: false });
  for (const route of listRouteFiles()) {
    if (route.startsWith("api/auth/")) continue; // next-auth needs Next's request scope; see auth-matrix
    const mod = await loadRoute(route);
    const params = [...route.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]);
    for (const method of METHODS) if (mod[method]) targets.push({ route, method, handler: mod[method], params });
  }
}, 120_000);

const hostile = fc.constantFrom(
  "",
  "%",
  "_",
  "%25",
  "a\u0000b",
  "\ud800",
  "x\udc00y",
  "../../etc/passwd",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "0000-01-01",
  "9999-12-31",
  "2030-02-30",
  "US/Pacific-New",
  "-1",
  "1e309",
  "x".repeat(5000),
  "😀".repeat(50),
);
const text = fc.oneof(hostile, fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 20 }));

/** A value for a named path param: mostly the home tenant's real ids, sometimes the foreign one's, sometimes junk. */
function paramValue(name: string) {
  const real = (t: Tenant): string[] => {
    switch (name) {
      case "brand":
        return [t.brand.slug, t.brand.name];
      case "id":
        return [t.posts[0].id, t.tokenIds[0], t.connectionId, t.users.viewer, t.competitorId];
      case "date":
        return [FIXTURE_DAY];
      case "platform":
        return ["x", "linkedin", "Twitter"];
      case "file":
        return [`${t.brand.slug}.csv`, `${t.brand.slug}.ics`];
      default:
        return ["x"];
    }
  };
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real(home)) }, fc.constantFrom(...real(foreign)), text);
}

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const fieldValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 4 }),
);
const KNOWN_FIELDS = [
  "name",
  "brand_name",
  "timezone",
  "execute_date",
  "dry_run",
  "start_date",
  "duration_days",
  "platforms",
  "dates",
  "body",
  "version",
  "action",
  "role",
  "email",
  "password",
  "current_password",
  "new_password",
  "feed_urls",
  "cta_targets",
  "website",
  "value_props",
  "date",
  "time",
  "content",
  "handle",
  "kind",
  "primary_color",
  "accent_color",
  "logo_media_id",
  "attach_cards",
  "locale",
];
const body = fc.oneof(
  fc.constant(undefined),
  fc.constant({
    name: "Fuzz brand",
    brand_name: "Fuzz brand",
    positioning: "p",
    target_audience: "a",
    value_props: ["v"],
    tone: "t",
    language: "en-US",
    timezone: "UTC",
    cta_targets: [{ key: "demo", url: "https://example.com/d" }],
    start_date: FIXTURE_DAY,
    duration_days: 2,
    execute_date: FIXTURE_DAY,
    dry_run: true,
  }),
  fc.constant({ content: `date,time,network,text,link\n${FIXTURE_DAY},10:00,x,Fuzzed import,https://example.com` }),
  fc.dictionary(fc.constantFrom(...KNOWN_FIELDS), fieldValue, { maxKeys: 6 }),
  jsonValue,
);
const rawBody = fc.oneof(fc.constant("{"), fc.constant("\u0000"), fc.string({ maxLength: 40 }));
const query = fc.dictionary(
  fc.constantFrom(
    "brand",
    "date",
    "from",
    "to",
    "format",
    "group_by",
    "platform",
    "status",
    "sentiment",
    "cursor",
    "limit",
    "post",
  ),
  fc.oneof(text, fc.constantFrom(FIXTURE_DAY, "csv", "json", "week", "negative", "x", "25")),
  { maxKeys: 4 },
);
type As = "anonymous" | "viewer" | "editor" | "owner" | "owner-cookie" | "foreign";
const identity = fc.constantFrom<As>("anonymous", "viewer", "editor", "owner", "owner-cookie", "foreign");

describe("fuzzed requests", () => {
  it(`${RUNS} requests across every route, method and role: no 5xx, one error shape, no foreign data`, async () => {
    const request = fc.integer({ min: 0, max: targets.length - 1 }).chain((i) =>
      fc.record({
        i: fc.constant(i),
        params: fc.tuple(...(targets[i].params.length ? targets[i].params.map(paramValue) : [fc.constant("")])),
        as: identity,
        body,
        raw: fc.option(rawBody, { freq: 8 }),
        query,
      }),
    );
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        seen++;
        const t = targets[r.i];
        const params = Object.fromEntries(
          t.params.map((p, k) => [p, p === "unknown" ? [String(r.params[k])] : String(r.params[k])]),
        );
        const search = new URLSearchParams(r.query).toString();
        const who =
          r.as === "anonymous"
            ? {}
            : r.as === "foreign"
              ? { token: foreign.tokens.owner }
              : r.as === "owner-cookie"
                ? { userId: home.users.owner }
                : { token: home.tokens[r.as] };
        const res = await callRoute(t.handler, {
          method: t.method,
          path: `/${t.route}${search ? `?${search}` : ""}`,
          params: params as Record<string, string>,
          ...(t.method === "GET" ? {} : r.raw !== null ? { rawBody: r.raw } : { body: r.body }),
          ...who,
        });
        const label = `${t.method} /${t.route} as ${r.as}: ${res.status} ${res.text.slice(0, 300)}`;
        expect(res.status, label).toBeLessThan(500);
        if (res.status >= 400) {
          expect(typeof res.json?.error?.code, label).toBe("string");
          expect(typeof res.json?.error?.message, label).toBe("string");
        }
        if (r.as === "foreign") {
          const sent = JSON.stringify([params, r.query, r.body, r.raw]);
          for (const m of home.markers.filter((x) => !sent.includes(x))) expect(res.text, label).not.toContain(m);
        }
      }),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
    expect(seen).toBeGreaterThanOrEqual(RUNS);
  }, 1_200_000);
});
