import { randomUUID } from "node:crypto";
import type { Db } from "../lib/db";
import { generatePlan } from "../lib/strategy/generate-plan";
import { contentHash } from "../lib/strategy/content-hash";
import { insertPosts } from "../lib/plans/insert-posts";
import type { BriefInput } from "../lib/strategy/brief";

export const BRIEF: BriefInput = {
  name: "Bench Brand",
  positioning: "Analytics that turns product data into same-day decisions",
  targetAudience: "Product managers at B2B SaaS companies",
  valueProps: ["Dashboards in minutes", "Plain-language answers", "Privacy-first"],
  tone: "professional",
  language: "en-US",
  timezone: "Europe/Paris",
  ctaTargets: [{ key: "demo", url: "https://bench.example.com/demo" }, { key: "newsletter", url: "https://bench.example.com/news" }],
  hashtagsAlways: [],
  hashtagsNever: [],
  publishTimes: {},
};

const input = (seed: number) => ({ brief: BRIEF, startDate: "2027-03-01", durationDays: 31, networks: ["linkedin", "facebook", "x"] as const, seed });

/** CPU time of the template engine for one 93-post brand-month, after a warm-up. */
export function benchPlanCpu(runs = 200) {
  for (let i = 0; i < 20; i++) generatePlan(input(i));
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) generatePlan(input(1000 + i));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
}

/**
 * Brand-months generated and written to Postgres: brands, plans and 93 posts each, in batches.
 * Generation (this process's CPU) overlaps the previous batch's insert (the database's CPU).
 */
export async function benchWriteMonths(db: Db, workspaceId: string, months: number, batch = 50) {
  const t0 = performance.now();
  let pending: Promise<unknown> = Promise.resolve();
  for (let offset = 0; offset < months; offset += batch) {
    const rows = buildBatch(workspaceId, offset, Math.min(months, offset + batch));
    await pending;
    pending = (async () => {
      await db.brand.createMany({ data: rows.brands });
      await db.plan.createMany({ data: rows.plans });
      await insertPosts(db, rows.posts, new Date());
    })();
  }
  await pending;
  return (performance.now() - t0) / 1000;
}

function buildBatch(workspaceId: string, from: number, to: number) {
  const brands = [];
  const plans = [];
  const posts = [];
  for (let i = from; i < to; i++) {
    const brandId = randomUUID();
    const planId = randomUUID();
    const plan = generatePlan(input(i));
    brands.push({ id: brandId, workspaceId, slug: `bench-${i}`, name: `Bench ${i}`, positioning: BRIEF.positioning, targetAudience: BRIEF.targetAudience, valueProps: BRIEF.valueProps, tone: BRIEF.tone, language: "en-US", timezone: "Europe/Paris", ctaTargets: BRIEF.ctaTargets, publishTimes: {} });
    plans.push({ id: planId, brandId, startDate: new Date("2027-03-01T00:00:00Z"), endDate: new Date("2027-03-31T00:00:00Z"), durationDays: 31, language: "en-US", seed: i, pillars: plan.pillars, guidelines: plan.guidelines, brief: {} });
    for (const p of plan.posts) {
      posts.push({
        id: randomUUID(), planId, brandId, platform: p.network, date: new Date(`${p.date}T00:00:00Z`), scheduledAt: new Date(p.scheduledAt), pillar: p.pillar,
        angle: p.angle, hook: p.hook, hookTemplate: p.hookTemplate, cta: p.cta, ctaTarget: p.ctaTarget, format: p.format, body: p.body,
        hashtags: p.hashtags, link: p.link, contentHash: contentHash(p.body),
      });
    }
  }
  return { brands, plans, posts };
}
