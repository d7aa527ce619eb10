import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { saveVerifiedConnection } from "@/lib/connections/save-verified-connection";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { createChannelResolver } from "@/lib/orchestration/resolve-channel";
import { createPublisher } from "@/lib/wiring/network-adapters";
import type { OrchestratorDeps } from "@/lib/orchestration/types";
import { FAKE_ACCOUNTS, FAKE_TOKENS, type Fakes } from "../../fakes/start-fakes";
import { addDays, utcDay } from "@/lib/dates/days";

/** Today (UTC): the fakes stamp posts with the real clock, so reconciliation windows must be real too. */
export const DAY = utcDay(new Date());
export const ACCOUNTS = FAKE_ACCOUNTS;
export type { Fakes };

process.env.APP_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");

export function fakeEnv(fakes: Fakes) {
  return {
    LINKEDIN_API_BASE_URL: fakes.urls.linkedin,
    FACEBOOK_GRAPH_BASE_URL: fakes.urls.facebook,
    X_API_BASE_URL: fakes.urls.x,
    // Generous enough for a cold first request on a loaded 2-core machine; the fakes that hang never answer at all.
    PUBLISH_TIMEOUT_MS: "2000",
  };
}

/** A UTC brand's row, its slug from `name`. */
export function brandRow(workspaceId: string, name: string) {
  return {
    workspaceId,
    slug: name.toLowerCase(),
    name,
    positioning: "Analytics for product teams",
    targetAudience: "Product managers",
    valueProps: ["Dashboards in minutes", "Plain-language answers"],
    tone: "friendly",
    language: "en-US",
    timezone: "UTC",
    ctaTargets: [{ key: "demo", url: "https://acme.example.com/demo" }],
    publishTimes: {},
  };
}

/** A workspace with one brand (UTC), a plan around DAY with that day's posts approved, and live connections to the fakes. */
export async function seedPublishing(db: Db, opts: { connect?: boolean; now?: Date } = {}) {
  const now = opts.now ?? new Date();
  const ws = await db.workspace.create({ data: { slug: `pub-${randomBytes(4).toString("hex")}`, name: "Publishing" } });
  const actor = { workspaceId: ws.id, userId: null, label: "test" };
  const brand = await db.brand.create({
    data: { ...brandRow(ws.id, "Acme"), publishTimes: { linkedin: "09:00", facebook: "10:00", x: "11:00" } },
  });
  await createPlanForBrand({ db, actor, brand, startDate: addDays(DAY, -3), durationDays: 7, seed: 1, now });
  await db.post.updateMany({
    where: { brandId: brand.id, date: new Date(`${DAY}T00:00:00Z`) },
    data: { status: "approved" },
  });
  if (opts.connect !== false) {
    const ring = keyRingFromEnv();
    const tokens = FAKE_TOKENS;
    for (const platform of ["linkedin", "facebook", "x"] as const) {
      await saveVerifiedConnection({
        db,
        actor,
        brandId: brand.id,
        platform,
        identity: { accountId: ACCOUNTS[platform], displayName: `Acme on ${platform}`, handle: null, avatarUrl: null },
        tokens: { accessToken: tokens[platform], refreshToken: null, expiresAt: null },
        keyRing: ring,
        now,
        via: "token",
      });
    }
  }
  return { ws, brand, actor, now };
}

export function makeDeps(
  db: Db,
  fakes: Fakes,
  clock: () => Date,
  extra: Partial<OrchestratorDeps> = {},
  /** a longer network timeout for tests about what is sent, not about slow answers */
  publishTimeoutMs?: number,
): OrchestratorDeps {
  const env = publishTimeoutMs ? { ...fakeEnv(fakes), PUBLISH_TIMEOUT_MS: String(publishTimeoutMs) } : fakeEnv(fakes);
  return {
    db,
    clock,
    channels: createChannelResolver({
      db,
      keyRing: () => keyRingFromEnv(),
      publisherFor: (n) => createPublisher(n, { env }),
    }),
    random: () => 0.5,
    concurrency: 4,
    leaseMs: 60_000,
    ...extra,
  };
}

export const dailyInput = (workspaceId: string, extra: Record<string, unknown> = {}) => ({
  workspaceId,
  executeDate: DAY,
  dryRun: false,
  triggeredBy: "test",
  catchupDays: 2,
  // These tests run at any hour; the due-only rule of "Run now" has its own tests with a pinned clock.
  includeFuture: true,
  ...extra,
});

export async function ledger(db: Db, brandId: string) {
  const rows = await db.publication.findMany({ where: { brandId }, include: { attempts: true } });
  return Object.fromEntries(rows.map((r) => [r.platform, r]));
}
