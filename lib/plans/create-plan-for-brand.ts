import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Brand } from "@/lib/generated/prisma/client";
import { buildCtaLink, generatePlan, type GeneratePlanInput } from "@/lib/strategy/generate-plan";
import { generatePlanWithWriter, type Writer, type WrittenPost } from "@/lib/strategy/generate-plan-with-writer";
import { contentHash } from "@/lib/strategy/content-hash";
import { NETWORKS, type Network } from "@/lib/strategy/networks";
import type { AbTests, LearningWeights, PlannedPost } from "@/lib/strategy/types";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { briefFromBrand } from "./brief-from-brand";
import { planDto } from "./plan-dto";
import { postDto } from "./post-dto";
import { insertPosts } from "./insert-posts";

const DAY = 86_400_000;

function addDays(date: string, n: number) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** Undecided A/B tests alternate their two hooks; a decided one uses its winner from then on. */
function activeAbTests(brand: Brand): AbTests | undefined {
  const tests = brand.abTests as Record<string, [string, string]> | null;
  if (!tests) return undefined;
  const decided = (brand.learning as { ab?: Record<string, { winner: "A" | "B" | null }> } | null)?.ab ?? {};
  return Object.fromEntries(
    Object.entries(tests).map(([pillar, hooks]) => {
      const w = decided[pillar]?.winner;
      return [pillar, w ? ([hooks[w === "A" ? 0 : 1], hooks[w === "A" ? 0 : 1]] as const) : hooks];
    }),
  );
}

export async function createPlanForBrand({
  db,
  actor,
  brand,
  startDate,
  durationDays,
  networks,
  seed,
  now,
  writer,
}: {
  db: Db;
  actor: Actor;
  brand: Brand;
  startDate: string;
  durationDays: number;
  networks?: Network[];
  seed?: number;
  now: Date;
  writer?: Writer;
}) {
  const endDate = addDays(startDate, durationDays - 1);
  const useSeed = seed ?? Math.floor(Math.random() * 2 ** 31);
  const weights = ((brand.learning as { weights?: LearningWeights } | null)?.weights ?? undefined) as
    LearningWeights | undefined;
  const planInput: GeneratePlanInput = {
    brief: briefFromBrand(brand),
    startDate,
    durationDays,
    networks: networks ?? [...NETWORKS],
    seed: useSeed,
    weights,
    abTests: activeAbTests(brand),
  };
  // The AI writer (when configured) works before the transaction: a slow model must not hold locks.
  const generated = writer ? await generatePlanWithWriter(planInput, writer) : generatePlan(planInput);
  const range = { gte: new Date(`${startDate}T00:00:00Z`), lte: new Date(`${endDate}T00:00:00Z`) };

  return db.$transaction(
    async (tx) => {
      // Slots already published (or on their way) are never touched and never doubled.
      const kept = await tx.post.findMany({
        where: {
          brandId: brand.id,
          archivedAt: null,
          date: range,
          OR: [
            { status: "published" },
            { publication: { state: { in: ["claimed", "sending", "published", "unknown"] } } },
          ],
        },
        select: { id: true, date: true, platform: true },
      });
      const keptSlots = new Set(kept.map((p) => `${p.date.toISOString().slice(0, 10)}:${p.platform}`));
      await tx.post.updateMany({
        where: { brandId: brand.id, archivedAt: null, date: range, id: { notIn: kept.map((p) => p.id) } },
        data: { archivedAt: now },
      });
      await tx.plan.updateMany({
        where: { brandId: brand.id, status: "active", startDate: { lte: range.lte }, endDate: { gte: range.gte } },
        data: { status: "archived", archivedAt: now },
      });
      const plan = await tx.plan.create({
        data: {
          brandId: brand.id,
          startDate: range.gte,
          endDate: range.lte,
          durationDays,
          language: brand.language,
          seed: useSeed,
          pillars: generated.pillars,
          guidelines: generated.guidelines,
          brief: { ...briefFromBrand(brand), networks: networks ?? NETWORKS },
          createdById: actor.userId,
        },
      });
      const rows = generated.posts
        .filter((p) => !keptSlots.has(`${p.date}:${p.network}`))
        .map((p: PlannedPost & Partial<Pick<WrittenPost, "writer" | "writerNote">>) => {
          const id = randomUUID();
          const link = p.link
            ? buildCtaLink(ctaUrl(brand, p.ctaTarget), { network: p.network, pillar: p.pillar, postId: id })
            : null;
          const body = p.link && link ? p.body.split(p.link).join(link) : p.body;
          return {
            id,
            planId: plan.id,
            brandId: brand.id,
            platform: p.network,
            date: new Date(`${p.date}T00:00:00Z`),
            scheduledAt: new Date(p.scheduledAt),
            pillar: p.pillar,
            angle: p.angle,
            hook: p.hook,
            hookTemplate: p.hookTemplate,
            cta: p.cta,
            ctaTarget: p.ctaTarget,
            format: p.format,
            body,
            hashtags: p.hashtags,
            link,
            contentHash: contentHash(body),
            abVariant: p.abVariant ?? null,
            writer: p.writer ?? "template",
            writerNote: p.writerNote ?? null,
          };
        });
      await insertPosts(tx, rows, now);
      await recordEvent(tx, actor, {
        action: "plan.generate",
        entityType: "plan",
        entityId: plan.id,
        data: { startDate, durationDays, seed: useSeed, posts: rows.length },
      });
      const posts = await tx.post.findMany({
        where: { planId: plan.id },
        include: { publication: true },
        orderBy: [{ date: "asc" }, { platform: "asc" }],
      });
      return { brand: brand.slug, plan: planDto(plan), posts: posts.map((p) => postDto(p, brand.timezone)) };
    },
    { timeout: 30_000 },
  );
}

function ctaUrl(brand: Brand, key: string): string {
  const targets = brand.ctaTargets as { key: string; url: string }[];
  return targets.find((t) => t.key === key)?.url ?? targets[0]?.url ?? brand.website ?? "https://example.com";
}
