import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { saveVerifiedConnection } from "@/lib/connections/save-verified-connection";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { seedWorkspace } from "./seed-workspace";

export const FIXTURE_DAY = "2030-03-10";

/**
 * A tenant with everything a route can point at (brand, posts, a connection, API tokens), plus
 * `markers`: strings that belong to this tenant only, so a test can assert another tenant never sees them.
 */
export async function seedTenant(db: Db, opts: { connect?: boolean } = {}) {
  const tag = randomBytes(5).toString("hex");
  const secret = randomBytes(5).toString("hex");
  const base = await seedWorkspace(db, `tenant-${tag}`);
  const actor = { workspaceId: base.workspace.id, userId: null, label: "fixture" };
  const brand = await db.brand.create({
    data: {
      workspaceId: base.workspace.id,
      slug: `brand-${tag}`,
      name: `Secret Brand ${secret}`,
      positioning: `Private positioning ${secret}`,
      targetAudience: "Product managers",
      valueProps: ["Dashboards in minutes"],
      tone: "friendly",
      language: "en-US",
      timezone: "UTC",
      ctaTargets: [{ key: "demo", url: "https://acme.example.com/demo" }],
      publishTimes: { linkedin: "09:00", facebook: "10:00", x: "11:00" },
    },
  });
  await createPlanForBrand({ db, actor, brand, startDate: FIXTURE_DAY, durationDays: 3, seed: 1, now: new Date() });
  const posts = await db.post.findMany({ where: { brandId: brand.id }, orderBy: { date: "asc" } });
  const connection =
    opts.connect === false
      ? { id: "no-connection" }
      : await saveVerifiedConnection({
          db,
          actor,
          brandId: brand.id,
          platform: "x",
          identity: { accountId: `acct-${tag}`, displayName: `Acct ${tag}`, handle: null, avatarUrl: null },
          tokens: { accessToken: `tok-${tag}`, refreshToken: null, expiresAt: null },
          keyRing: keyRingFromEnv(),
          now: new Date(),
          via: "token",
        });
  const tokenRows = await db.apiToken.findMany({ where: { workspaceId: base.workspace.id } });
  // Listening: a followed competitor and a comment heard under the first post.
  const competitor = await db.competitorAccount.create({
    data: { workspaceId: base.workspace.id, brandId: brand.id, platform: "x", handle: `rival_${tag}` },
  });
  const socialComment = await db.socialComment.create({
    data: {
      workspaceId: base.workspace.id,
      brandId: brand.id,
      postId: posts[0].id,
      platform: posts[0].platform,
      remoteId: `c-${tag}`,
      authorName: "Fan",
      text: `Secret comment ${secret}`,
      language: "en",
      sentiment: "neutral",
      score: 0,
      url: null,
      createdAt: new Date(),
      collectedAt: new Date(),
    },
  });
  // the brand's answer, recorded by the sandbox: deleting it asks no network
  const socialReply = await db.commentReply.create({
    data: {
      workspaceId: base.workspace.id,
      commentId: socialComment.id,
      clientKey: `fixture-${tag}`,
      text: "Thanks!",
      state: "sent",
      leaseUntil: new Date(),
      remoteId: `sandbox_${tag}`,
      authorLabel: "Owner",
    },
  });
  const savedReply = await db.savedReply.create({
    data: { workspaceId: base.workspace.id, title: "Thanks", text: `Thanks {name}! ${secret}`, createdBy: "Owner" },
  });
  const connectionId = (connection as { id: string }).id;
  return {
    ...base,
    tag,
    brand,
    posts,
    connectionId,
    competitorId: competitor.id,
    socialCommentId: socialComment.id,
    socialReplyId: socialReply.id,
    savedReplyId: savedReply.id,
    tokenIds: tokenRows.map((t) => t.id),
    markers: [
      secret,
      brand.id,
      base.workspace.id,
      connectionId,
      competitor.id,
      `rival_${tag}`,
      ...posts.map((p) => p.id),
      ...tokenRows.map((t) => t.id),
    ],
  };
}

export type Tenant = Awaited<ReturnType<typeof seedTenant>>;
