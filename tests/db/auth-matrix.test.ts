/**
 * The authorization matrix and the route inventory.
 *
 * Every exported method of every app/api/**\/route.ts needs one entry in MATRIX, or the inventory test
 * fails: a new route cannot ship without saying who may call it. An entry names the route as its folder
 * path under app/, the method, who may call it, and the params that point at the owning tenant's rows.
 *
 * For each entry the test calls the real handler, on a fresh tenant, as: anonymous (401), each role below
 * the required one (403), the owner of another tenant (no success, and nothing of the first tenant in the
 * body), and finally the required role itself (neither 401 nor 403 nor 5xx).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { API_ROUTES } from "@/lib/generated/api-routes";
import { callRoute } from "./support/call-route";
import { listRouteFiles, loadRoute } from "./support/route-files";
import { useRouteEnv } from "./support/route-env";
import { FIXTURE_DAY, seedTenant, type Tenant } from "./support/tenant-fixture";

type Role = "viewer" | "editor" | "owner";
/** "session": any signed-in person, whatever their role (an invite, one's notifications); API tokens get 403. */
type Access = Role | "public" | "cron" | "nextauth" | "session";

export interface MatrixEntry {
  route: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  access: Access;
  /** params pointing at tenant `t`'s own rows */
  params?: (t: Tenant) => Record<string, string | string[]>;
  query?: (t: Tenant) => string;
  body?: (t: Tenant) => unknown;
  /** true when the route addresses one row of the tenant, so another tenant must not succeed */
  scoped?: boolean;
}

const brand = (t: Tenant) => ({ brand: t.brand.slug });
const post = (t: Tenant) => ({ id: t.posts[0].id });

export const MATRIX: MatrixEntry[] = [
  { route: "api/account/signup", method: "POST", access: "public" },
  {
    route: "api/account/password",
    method: "POST",
    access: "session",
    body: () => ({ current_password: "not-the-password", new_password: "a-new-password" }),
  },
  { route: "api/account/sessions", method: "DELETE", access: "session" },
  { route: "api/account/locale", method: "PUT", access: "session", body: () => ({ locale: "fr" }) },
  // The JSON 404 for unknown /api paths.
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((method) => ({
    route: "api/[...unknown]",
    method,
    access: "public" as const,
    params: () => ({ unknown: ["no", "such", "path"] }),
  })),
  { route: "api/analytics/learning/[brand]", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/analytics/learning/[brand]", method: "POST", access: "editor", params: brand, scoped: true },
  { route: "api/analytics/performance", method: "GET", access: "viewer" },
  { route: "api/analytics/yesterday/[brand]", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/analytics/comments/[brand]", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/analytics/sentiment/[brand]", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/analytics/competitors/[brand]", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/brands/[brand]/competitors", method: "GET", access: "viewer", params: brand, scoped: true },
  {
    route: "api/brands/[brand]/competitors",
    method: "POST",
    access: "editor",
    params: brand,
    body: () => ({ platform: "x", handle: "another_rival" }),
    scoped: true,
  },
  {
    route: "api/brands/[brand]/competitors/[id]",
    method: "DELETE",
    access: "editor",
    params: (t) => ({ brand: t.brand.slug, id: t.competitorId }),
    scoped: true,
  },
  { route: "api/auth/[...nextauth]", method: "GET", access: "nextauth" },
  { route: "api/auth/[...nextauth]", method: "POST", access: "nextauth" },
  {
    route: "api/brands/[brand]/connections/[id]",
    method: "DELETE",
    access: "owner",
    params: (t) => ({ brand: t.brand.slug, id: t.connectionId }),
    scoped: true,
  },
  { route: "api/brands/[brand]/connections", method: "GET", access: "viewer", params: brand, scoped: true },
  {
    route: "api/brands/[brand]/connections/[id]/authorize",
    method: "GET",
    access: "owner",
    params: (t) => ({ brand: t.brand.slug, id: "x" }),
    scoped: true,
  },
  {
    route: "api/oauth/choices/[id]",
    method: "GET",
    access: "owner",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  },
  {
    route: "api/oauth/choices/[id]",
    method: "POST",
    access: "owner",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    body: () => ({ account_id: "200300400500" }),
  },
  {
    route: "api/oauth/[platform]/callback",
    method: "GET",
    access: "public",
    params: () => ({ platform: "x" }),
    query: () => "state=unknown&code=abc",
  },
  {
    route: "api/brands/[brand]/connections",
    method: "POST",
    access: "owner",
    params: brand,
    body: () => ({ platform: "linkedin", account_id: "urn:li:person:1", access_token: "tok" }),
    scoped: true,
  },
  { route: "api/brands/[brand]/review-links", method: "GET", access: "viewer", params: brand, scoped: true },
  {
    route: "api/brands/[brand]/review-links",
    method: "POST",
    access: "editor",
    params: brand,
    body: () => ({ from: FIXTURE_DAY, to: FIXTURE_DAY }),
    scoped: true,
  },
  {
    route: "api/brands/[brand]/review-links",
    method: "DELETE",
    access: "editor",
    params: brand,
    body: () => ({ id: "no-such-link" }),
    scoped: true,
  },
  { route: "api/review/[token]", method: "GET", access: "public", params: () => ({ token: `rvw_${"a".repeat(43)}` }) },
  {
    route: "api/review/[token]/posts/[id]",
    method: "POST",
    access: "public",
    params: (t) => ({ token: `rvw_${"a".repeat(43)}`, id: t.posts[0].id }),
    body: () => ({ decision: "approve", name: "Client" }),
  },
  {
    route: "api/review/[token]/media/[id]",
    method: "GET",
    access: "public",
    params: () => ({ token: `rvw_${"a".repeat(43)}`, id: "no-such-media" }),
  },
  { route: "api/brands/[brand]/posts", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/brands/[brand]/best-times", method: "GET", access: "viewer", params: brand, scoped: true },
  {
    route: "api/brands/[brand]/import",
    method: "POST",
    access: "editor",
    params: brand,
    scoped: true,
    body: () => ({ content: `date,time,network,text,link\n${FIXTURE_DAY},10:00,linkedin,Imported,` }),
  },
  { route: "api/brands/[brand]", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/brands/[brand]", method: "PATCH", access: "editor", params: brand, body: () => ({ tone: "calm" }) },
  { route: "api/brands/[brand]", method: "DELETE", access: "owner", params: brand, scoped: true },
  { route: "api/brands", method: "GET", access: "viewer" },
  { route: "api/brands", method: "POST", access: "editor" },
  { route: "api/cron/cleanup", method: "GET", access: "cron" },
  { route: "api/cron/daily", method: "GET", access: "cron" },
  { route: "api/cron/metrics", method: "GET", access: "cron" },
  { route: "api/cron/outbox", method: "GET", access: "cron" },
  { route: "api/cron/connections", method: "GET", access: "cron" },
  { route: "api/cron/competitors", method: "GET", access: "cron" },
  { route: "api/cron/signals", method: "GET", access: "cron" },
  { route: "api/health", method: "GET", access: "public" },
  // A dry run is open to viewers; publishing needs an editor (checked inside, see orchestrator-routes tests).
  {
    route: "api/orchestrator/daily",
    method: "POST",
    access: "viewer",
    body: () => ({ execute_date: FIXTURE_DAY, dry_run: true }),
  },
  {
    route: "api/orchestrator/retry/[date]/[platform]",
    method: "POST",
    access: "editor",
    params: () => ({ date: FIXTURE_DAY, platform: "x" }),
    query: (t) => `brand=${t.brand.slug}`,
  },
  {
    route: "api/orchestrator/link/[date]/[platform]",
    method: "PUT",
    access: "editor",
    params: () => ({ date: FIXTURE_DAY, platform: "x" }),
    body: (t) => ({ brand: t.brand.slug, remote_url: "https://x.com/acme/status/1" }),
    scoped: true,
  },
  { route: "api/orchestrator/heartbeat", method: "GET", access: "viewer" },
  { route: "api/orchestrator/status", method: "GET", access: "viewer" },
  { route: "api/posts/[id]/regenerate", method: "POST", access: "editor", params: post, scoped: true },
  {
    route: "api/social-comments/[id]/replies",
    method: "POST",
    access: "editor",
    params: (t) => ({ id: t.socialCommentId }),
    body: () => ({ text: "Thanks for asking!", key: "matrix-reply-key" }),
    scoped: true,
  },
  {
    route: "api/social-comments/[id]",
    method: "PATCH",
    access: "editor",
    params: (t) => ({ id: t.socialCommentId }),
    body: () => ({ handled: true }),
    scoped: true,
  },
  {
    route: "api/social-comments/[id]/replies/[replyId]",
    method: "PATCH",
    access: "editor",
    params: (t) => ({ id: t.socialCommentId, replyId: t.socialReplyId }),
    body: () => ({ text: "Thanks for asking, edited." }),
    scoped: true,
  },
  {
    route: "api/social-comments/[id]/replies/[replyId]",
    method: "DELETE",
    access: "editor",
    params: (t) => ({ id: t.socialCommentId, replyId: t.socialReplyId }),
    scoped: true,
  },
  { route: "api/saved-replies", method: "GET", access: "viewer" },
  {
    route: "api/saved-replies",
    method: "POST",
    access: "editor",
    body: () => ({ title: "Shipping", text: "We ship to all of Europe, {name}." }),
  },
  {
    route: "api/saved-replies/[id]",
    method: "PATCH",
    access: "editor",
    params: (t) => ({ id: t.savedReplyId }),
    body: () => ({ text: "Thanks a lot {name}!" }),
    scoped: true,
  },
  {
    route: "api/saved-replies/[id]",
    method: "DELETE",
    access: "editor",
    params: (t) => ({ id: t.savedReplyId }),
    scoped: true,
  },
  {
    route: "api/saved-replies/[id]/restore",
    method: "POST",
    access: "editor",
    params: (t) => ({ id: t.savedReplyId }),
    scoped: true,
  },
  { route: "api/posts/[id]/comments", method: "GET", access: "viewer", params: post, scoped: true },
  {
    route: "api/posts/[id]/comments",
    method: "POST",
    access: "viewer",
    params: post,
    body: () => ({ body: "Looks good" }),
    scoped: true,
  },
  {
    route: "api/posts/[id]/review",
    method: "POST",
    access: "editor",
    params: post,
    body: (t) => ({ decision: "approve", version: t.posts[0].version }),
    scoped: true,
  },
  { route: "api/notifications", method: "GET", access: "session" },
  { route: "api/notifications/read", method: "POST", access: "session", body: () => ({ all: true }) },
  { route: "api/notifications/preferences", method: "GET", access: "session" },
  {
    route: "api/notifications/preferences",
    method: "PUT",
    access: "session",
    body: () => ({ preferences: [{ kind: "mention", in_app: true, email: false }] }),
  },
  { route: "api/posts/[id]", method: "GET", access: "viewer", params: post, scoped: true },
  {
    route: "api/posts/[id]",
    method: "PATCH",
    access: "editor",
    params: post,
    body: (t) => ({ body: "Changed", version: t.posts[0].version }),
    scoped: true,
  },
  {
    route: "api/posts/[id]/extras",
    method: "PUT",
    access: "editor",
    params: post,
    body: (t) => ({ first_comment: "More in the comments", version: t.posts[0].version }),
    scoped: true,
  },
  {
    route: "api/posts/[id]/card",
    method: "POST",
    access: "editor",
    params: post,
    scoped: true,
  },
  {
    route: "api/posts/[id]/suggestion",
    method: "POST",
    access: "editor",
    params: post,
    body: (t) => ({ action: "reject", version: t.posts[0].version }),
    scoped: true,
  },
  { route: "api/strategy/active/[brand]", method: "GET", access: "viewer", params: brand, scoped: true },
  {
    route: "api/strategy/approve",
    method: "POST",
    access: "editor",
    body: (t) => ({ brand_name: t.brand.slug, dates: [FIXTURE_DAY] }),
  },
  {
    route: "api/strategy/export/[file]",
    method: "GET",
    access: "viewer",
    params: (t) => ({ file: `${t.brand.slug}.csv` }),
    scoped: true,
  },
  { route: "api/strategy/generate", method: "POST", access: "editor" },
  { route: "api/strategy/submit", method: "POST", access: "editor", body: (t) => ({ brand: t.brand.slug }) },
  {
    route: "api/strategy/posts/[brand]/[date]",
    method: "GET",
    access: "viewer",
    params: (t) => ({ brand: t.brand.slug, date: FIXTURE_DAY }),
    scoped: true,
  },
  { route: "api/invites", method: "GET", access: "owner" },
  { route: "api/invites", method: "POST", access: "owner", body: () => ({ email: "new@example.com", role: "editor" }) },
  { route: "api/invites/[id]", method: "GET", access: "public", params: () => ({ id: `inv_${"a".repeat(43)}` }) },
  { route: "api/invites/[id]", method: "DELETE", access: "owner", params: () => ({ id: "no-such-invite" }) },
  {
    route: "api/invites/[id]/accept",
    method: "POST",
    access: "session",
    params: () => ({ id: `inv_${"a".repeat(43)}` }),
  },
  {
    route: "api/invites/[id]/signup",
    method: "POST",
    access: "public",
    params: () => ({ id: `inv_${"a".repeat(43)}` }),
    body: () => ({ name: "N", password: "long-enough" }),
  },
  { route: "api/members", method: "GET", access: "viewer" },
  {
    route: "api/members/[id]",
    method: "PATCH",
    access: "owner",
    params: (t) => ({ id: t.users.viewer }),
    body: () => ({ role: "editor" }),
    scoped: true,
  },
  {
    route: "api/members/[id]",
    method: "DELETE",
    access: "owner",
    params: (t) => ({ id: t.users.viewer }),
    scoped: true,
  },
  { route: "api/webhooks", method: "GET", access: "owner" },
  { route: "api/webhooks", method: "POST", access: "owner", body: () => ({ url: "https://hooks.example.com/cm" }) },
  { route: "api/webhooks/[id]", method: "DELETE", access: "owner", params: () => ({ id: "no-such-webhook" }) },
  { route: "api/webhooks/[id]/deliveries", method: "GET", access: "owner", params: () => ({ id: "no-such-webhook" }) },
  { route: "api/webhooks/[id]/test", method: "POST", access: "owner", params: () => ({ id: "no-such-webhook" }) },
  {
    route: "api/webhooks/[id]/deliveries/[delivery]/redeliver",
    method: "POST",
    access: "owner",
    params: () => ({ id: "no-such-webhook", delivery: "no-such-delivery" }),
  },
  { route: "api/workspace", method: "GET", access: "viewer" },
  { route: "api/workspace", method: "PATCH", access: "owner", body: () => ({ approval_required: false }) },
  // history, undo, soft delete (issue 9)
  { route: "api/posts/[id]/versions", method: "GET", access: "viewer", params: post, scoped: true },
  {
    route: "api/posts/[id]/restore",
    method: "POST",
    access: "editor",
    params: post,
    body: (t) => ({ version_id: "no-such-version", version: t.posts[0].version }),
    scoped: true,
  },
  { route: "api/undo", method: "POST", access: "editor", body: () => ({ change_id: "no-such-change" }) },
  { route: "api/audit", method: "GET", access: "editor" },
  {
    route: "api/strategy/generate/preview",
    method: "GET",
    access: "viewer",
    query: (t) => `brand=${t.brand.slug}&start_date=${FIXTURE_DAY}&duration_days=7`,
  },
  { route: "api/brands/[brand]/restore", method: "POST", access: "owner", params: brand, scoped: true },
  {
    route: "api/brands/[brand]/connections/[id]/restore",
    method: "POST",
    access: "owner",
    params: (t) => ({ brand: t.brand.slug, id: t.connectionId }),
    scoped: true,
  },
  { route: "api/tokens/[id]", method: "DELETE", access: "owner", params: (t) => ({ id: t.tokenIds[0] }), scoped: true },
  { route: "api/brands/[brand]/media", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/brands/[brand]/cards", method: "GET", access: "viewer", params: brand, scoped: true },
  { route: "api/brands/[brand]/media", method: "POST", access: "editor", params: brand, scoped: true },
  { route: "api/media/[id]", method: "GET", access: "viewer", params: () => ({ id: "no-such-media" }) },
  { route: "api/media/[id]", method: "DELETE", access: "editor", params: () => ({ id: "no-such-media" }) },
  { route: "api/media/[id]/signed-url", method: "POST", access: "viewer", params: () => ({ id: "no-such-media" }) },
  { route: "api/media/signed/[id]", method: "GET", access: "public", params: () => ({ id: "no-such-media" }) },
  { route: "api/tokens", method: "GET", access: "owner" },
  { route: "api/tokens", method: "POST", access: "owner", body: () => ({ name: "ci", role: "viewer" }) },
];

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const ROLES: Role[] = ["viewer", "editor", "owner"];
const below = (role: Role) => ROLES.slice(0, ROLES.indexOf(role));
const key = (e: { route: string; method: string }) => `${e.method} /${e.route}`;

describe("route inventory", () => {
  it("has exactly one matrix entry for every exported method of every app/api route", async () => {
    const found: string[] = [];
    for (const route of listRouteFiles()) {
      const mod = await loadRoute(route);
      for (const m of METHODS) if (typeof mod[m] === "function") found.push(key({ route, method: m }));
    }
    const listed = MATRIX.map(key);
    expect(found.length).toBeGreaterThan(20);
    expect(
      found.filter((k) => !listed.includes(k)),
      "routes without an auth-matrix entry",
    ).toEqual([]);
    expect(
      listed.filter((k) => !found.includes(k)),
      "matrix entries without a route",
    ).toEqual([]);
    expect(new Set(listed).size, "duplicate matrix entries").toBe(listed.length);
    // Importing every route module is most of this test's time.
  }, 120_000);

  it("matches the generated manifest proxy.ts uses for 405s (run `npm run generate` after adding a route)", async () => {
    const fresh: { pattern: string; methods: string[] }[] = [];
    for (const route of listRouteFiles()) {
      const mod = await loadRoute(route);
      fresh.push({ pattern: `/${route}`, methods: METHODS.filter((m) => typeof mod[m] === "function").sort() });
    }
    const sort = (l: typeof fresh) => [...l].sort((a, b) => a.pattern.localeCompare(b.pattern));
    expect(sort(API_ROUTES)).toEqual(sort(fresh));
  }, 120_000);
});

describe("authorization matrix", () => {
  let db: Db;
  let foreign: Tenant;
  beforeAll(async () => {
    db = await useRouteEnv();
    foreign = await seedTenant(db);
  });

  const call = async (e: MatrixEntry, t: Tenant, as: { token?: string; userId?: string; cron?: boolean }) => {
    const handler = (await loadRoute(e.route))[e.method];
    const body = e.body?.(t) ?? (e.method === "GET" || e.method === "DELETE" ? undefined : {});
    const pathname = `/${e.route}${e.query ? `?${e.query(t)}` : ""}`;
    return callRoute(handler, {
      method: e.method,
      path: pathname,
      params: e.params?.(t) as Record<string, string>,
      body,
      token: as.token,
      userId: as.userId,
      headers: as.cron ? { authorization: `Bearer ${process.env.CRON_SECRET}` } : {},
    });
  };

  // next-auth's own handler needs Next's request scope; the browser suite signs in and out through it.
  for (const e of MATRIX.filter((x) => x.access !== "nextauth")) {
    it(`${key(e)}: ${e.access}`, async () => {
      const t = await seedTenant(db);
      if (e.access === "public") {
        expect((await call(e, t, {})).status).toBeLessThan(500);
        return;
      }
      const anon = await call(e, t, {});
      expect(anon.status, "anonymous").toBe(401);
      expect(anon.json?.error?.code).toBe("unauthorized");
      if (e.access === "session") {
        const token = await call(e, t, { token: t.tokens.owner });
        expect(token.status, "API token on a session route").toBe(403);
        expect(token.json?.error?.code).toBe("forbidden");
        expect((await call(e, t, { token: "scm_not-a-real-token" })).status, "bad token").toBe(401);
        const ok = await call(e, t, { userId: t.users.viewer });
        expect([401, 403], ok.text).not.toContain(ok.status);
        expect(ok.status).toBeLessThan(500);
        return;
      }
      if (e.access === "cron") {
        expect((await call(e, t, { token: t.tokens.owner })).status, "API token on a cron route").toBe(401);
        expect((await call(e, t, { userId: t.users.owner })).status, "session on a cron route").toBe(401);
        const ok = await call(e, t, { cron: true });
        expect(ok.status, ok.text).toBeLessThan(400);
        return;
      }
      const required = e.access as Role;
      for (const role of below(required)) {
        for (const as of [{ token: t.tokens[role] }, { userId: t.users[role] }]) {
          const res = await call(e, t, as);
          expect(res.status, `${role} ${Object.keys(as)[0]}: ${res.text}`).toBe(403);
          expect(res.json?.error?.code).toBe("forbidden");
        }
      }
      const other = await call(e, t, { token: foreign.tokens.owner });
      if (e.scoped) expect(other.status, `foreign owner: ${other.text}`).toBeGreaterThanOrEqual(400);
      expect(other.status).toBeLessThan(500);
      // An error may echo what the caller sent itself; anything else of the tenant must stay out.
      const sent = JSON.stringify([e.params?.(t), e.query?.(t), e.body?.(t)]);
      for (const m of t.markers.filter((x) => !sent.includes(x)))
        expect(other.text, "foreign owner sees the tenant's data").not.toContain(m);

      const viaCookie = await call(e, t, { userId: t.users[required] });
      expect([401, 403], `${e.access} session: ${viaCookie.text}`).not.toContain(viaCookie.status);
      expect(viaCookie.status).toBeLessThan(500);
      const t2 = await seedTenant(db);
      const viaToken = await call(e, t2, { token: t2.tokens[required] });
      expect([401, 403], `${e.access} token: ${viaToken.text}`).not.toContain(viaToken.status);
      expect(viaToken.status).toBeLessThan(500);
    });
  }
});
