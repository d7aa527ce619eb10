import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { startReadyWorker } from "./ready-worker";
import { type Db, sqlPool } from "../lib/db";
import { generatePlan } from "../lib/strategy/generate-plan";
import { insertPostsBulk } from "../lib/plans/insert-posts";
import { newPostRow } from "../lib/plans/new-post-row";
import type { BriefInput } from "../lib/strategy/brief";

export const BRIEF: BriefInput = {
  name: "Bench Brand",
  positioning: "Analytics that turns product data into same-day decisions",
  targetAudience: "Product managers at B2B SaaS companies",
  valueProps: ["Dashboards in minutes", "Plain-language answers", "Privacy-first"],
  tone: "professional",
  language: "en-US",
  timezone: "Europe/Paris",
  ctaTargets: [
    { key: "demo", url: "https://bench.example.com/demo" },
    { key: "newsletter", url: "https://bench.example.com/news" },
  ],
  hashtagsAlways: [],
  hashtagsNever: [],
  publishTimes: {},
};

const input = (seed: number) => ({
  brief: BRIEF,
  startDate: "2027-03-01",
  durationDays: 31,
  networks: ["linkedin", "facebook", "x"] as const,
  seed,
});

/** CPU time of the template engine for one 93-post brand-month, once warm (as in a running server). */
export function planCpu(runs = 200) {
  for (let i = 0; i < 200; i++) generatePlan(input(i));
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) generatePlan(input(1000 + i));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
}

/** planCpu in a process of its own, running the engine compiled as the built app's code is (see compiled). */
export async function benchPlanCpu() {
  const script = await compiled("plan-cpu");
  const out = execFileSync(process.execPath, [script], { encoding: "utf8" });
  return Number(out.trim());
}

/**
 * Brand-months generated and written to Postgres: brands, plans and 93 posts each, in batches. Each
 * worker thread generates its share and writes it on its own connections, keeping one batch's insert
 * in flight while it generates the next, so the template engine and the database use both cores.
 */
export async function benchWriteMonths(
  url: string,
  workspaceId: string,
  months: number,
  { batch = 20, workers = 2 } = {},
) {
  // Started before the clock, as a running server's would be: modules loaded and warm, a connection open.
  const script = await compiled("generate-worker");
  const started = await Promise.all(Array.from({ length: workers }, () => startReadyWorker(script, url)));
  const t0 = performance.now();
  await Promise.all(
    started.map((worker, w) => {
      const batches: [number, number][] = [];
      for (let from = w * batch; from < months; from += workers * batch)
        batches.push([from, Math.min(months, from + batch)]);
      return new Promise<void>((resolve, reject) => {
        worker.once("message", () => resolve());
        worker.once("error", reject);
        worker.postMessage({ workspaceId, batches });
      });
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(started.map((w) => w.terminate()));
  return seconds;
}

/**
 * A bench entry compiled the way the built app's code is: bundled, with no per-function name wrappers.
 * Under tsx (esbuild's keep-names), renaming every closure at each call cost the generator about 14 % of
 * its CPU. Written inside node_modules so that the packages left outside the bundle resolve.
 */
async function compiled(entry: "generate-worker" | "plan-cpu"): Promise<string> {
  const outfile = fileURLToPath(new URL(`../node_modules/.cache/scm-bench/${entry}.mjs`, import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL(`./${entry}.ts`, import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile,
    logLevel: "error",
  });
  return outfile;
}

/**
 * One worker's share: generate a batch while the previous one is written. The generation gives the
 * thread back between brand-months, or the write in flight would wait for the whole batch to be generated
 * before its next round trip (pool checkout, the posts statement) could even start.
 */
export async function writeBatches(db: Db, workspaceId: string, batches: [number, number][]) {
  let writing: Promise<void> = Promise.resolve();
  for (const [from, to] of batches) {
    const rows = emptyBatch();
    for (let i = from; i < to; i++) {
      addMonth(rows, workspaceId, i);
      await new Promise((r) => setImmediate(r));
    }
    await writing;
    writing = (async () => {
      await insertBrandsAndPlans(db, rows.brands, rows.plans);
      await insertPostsBulk(db, rows.posts, new Date());
    })();
  }
  await writing;
}

/** Brands and plans of a batch in two set-based statements (the ORM's createMany costs this process CPU per row). */
async function insertBrandsAndPlans(db: Db, brands: Batch["brands"], plans: Batch["plans"]) {
  const pool = sqlPool(db);
  await pool.query(
    `INSERT INTO "Brand" (id, "workspaceId", slug, name, positioning, "targetAudience", "valueProps", tone, language, timezone, "ctaTargets", "feedUrls", keywords, "hashtagsAlways", "hashtagsNever", "publishTimes", "updatedAt")
     SELECT r.id, r."workspaceId", r.slug, r.name, r.positioning, r."targetAudience", ARRAY(SELECT jsonb_array_elements_text(r."valueProps")), r.tone, r.language, r.timezone, r."ctaTargets", '{}', '{}', '{}', '{}', '{}'::jsonb, now()
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, "workspaceId" text, slug text, name text, positioning text, "targetAudience" text, "valueProps" jsonb, tone text, language text, timezone text, "ctaTargets" jsonb)`,
    [JSON.stringify(brands)],
  );
  await pool.query(
    `INSERT INTO "Plan" (id, "brandId", "startDate", "endDate", "durationDays", language, seed, pillars, guidelines, brief)
     SELECT r.id, r."brandId", r."startDate"::date, r."endDate"::date, r."durationDays", r.language, r.seed, r.pillars, r.guidelines, '{}'
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, "brandId" text, "startDate" text, "endDate" text, "durationDays" int, language text, seed int, pillars jsonb, guidelines jsonb)`,
    [JSON.stringify(plans)],
  );
}

/** Generates `months` brand-months and drops them: the JIT's warm-up, as in a server that has made plans before. */
export function warmUp(months: number) {
  for (let i = 0; i < months; i++) addMonth(emptyBatch(), "warm-up", 1_000_000 + i);
}

type Batch = ReturnType<typeof emptyBatch>;

function emptyBatch() {
  return {
    brands: [] as Record<string, unknown>[],
    plans: [] as Record<string, unknown>[],
    posts: [] as ReturnType<typeof newPostRow>[],
  };
}

/** Brand-month `i`: its brand, its plan and its 93 posts, added to `rows`. */
function addMonth(rows: Batch, workspaceId: string, i: number) {
  const brandId = randomUUID();
  const planId = randomUUID();
  const plan = generatePlan(input(i));
  rows.brands.push({
    id: brandId,
    workspaceId,
    slug: `bench-${i}`,
    name: `Bench ${i}`,
    positioning: BRIEF.positioning,
    targetAudience: BRIEF.targetAudience,
    valueProps: BRIEF.valueProps,
    tone: BRIEF.tone,
    language: "en-US",
    timezone: "Europe/Paris",
    ctaTargets: BRIEF.ctaTargets,
    publishTimes: {},
  });
  rows.plans.push({
    id: planId,
    brandId,
    startDate: new Date("2027-03-01T00:00:00Z"),
    endDate: new Date("2027-03-31T00:00:00Z"),
    durationDays: 31,
    language: "en-US",
    seed: i,
    pillars: plan.pillars,
    guidelines: plan.guidelines,
    brief: {},
  });
  // The slot-keyed link is kept as planned: tagging it per post is not part of what this measures.
  for (const p of plan.posts) rows.posts.push(newPostRow(p, { id: randomUUID(), planId, brandId }, p));
}
