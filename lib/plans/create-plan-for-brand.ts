import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Brand } from "@/lib/generated/prisma/client";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { tagPostLink } from "./tag-post-link";
import { newPostRow } from "./new-post-row";
import { generatePlanWithWriter, type Writer, type WrittenPost } from "@/lib/strategy/generate-plan-with-writer";
import type { Network } from "@/lib/strategy/networks";
import type { PlannedPost } from "@/lib/strategy/types";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { briefFromBrand } from "./brief-from-brand";
import { planDto } from "./plan-dto";
import { postDto } from "./post-dto";
import { insertPosts } from "./insert-posts";
import { classifyExisting, describeRegenerate, type ReplaceChoice } from "./classify-existing";
import { addDays, utcDay } from "@/lib/dates/days";
import { planInputFor } from "./plan-input";

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
  replace,
  skipPastHours,
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
  replace?: ReplaceChoice;
  /** today's posts only at times still ahead (moved to a later hour, or left out) */
  skipPastHours?: boolean;
}) {
  const endDate = addDays(startDate, durationDays - 1);
  const planInput = await planInputFor(db, brand, { startDate, durationDays, networks, seed, now, skipPastHours });
  const { networks: nets, seed: useSeed } = planInput;
  // The AI writer (when configured) works before the transaction: a slow model must not hold locks.
  const generated = writer ? await generatePlanWithWriter(planInput, writer) : generatePlan(planInput);
  const range = { gte: new Date(`${startDate}T00:00:00Z`), lte: new Date(`${endDate}T00:00:00Z`) };

  return db.$transaction(
    async (tx) => {
      // Published slots and a person's work stay exactly as they are and are never doubled.
      const { kept, replaced, humanReplaced, keptBy } = await classifyExisting(tx, {
        brandId: brand.id,
        from: startDate,
        to: endDate,
        replace: replace ?? "untouched",
      });
      const keptSlots = new Set(kept.map((p) => `${utcDay(p.date)}:${p.platform}`));
      const replacedIds = replaced.map((p) => p.id);
      await tx.post.updateMany({ where: { id: { in: replacedIds } }, data: { archivedAt: now } });
      const archivedPlans = await tx.plan.findMany({
        where: { brandId: brand.id, status: "active", startDate: { lte: range.lte }, endDate: { gte: range.gte } },
        select: { id: true },
      });
      await tx.plan.updateMany({
        where: { id: { in: archivedPlans.map((p) => p.id) } },
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
          brief: { ...briefFromBrand(brand), networks: nets },
          createdById: actor.userId,
        },
      });
      const rows = generated.posts
        .filter((p) => !keptSlots.has(`${p.date}:${p.network}`))
        .map((p: PlannedPost & Partial<Pick<WrittenPost, "writer" | "writerNote">>) => {
          const id = randomUUID();
          return newPostRow(p, { id, planId: plan.id, brandId: brand.id }, tagPostLink(brand, p, id));
        });
      await insertPosts(tx, rows, now);
      const event = await recordEvent(tx, actor, {
        action: "plan.generate",
        entityType: "plan",
        entityId: plan.id,
        data: {
          brand: brand.slug,
          startDate,
          durationDays,
          seed: useSeed,
          posts: rows.length,
          kept: kept.length,
          replaced: replacedIds.length,
          // what Undo needs to put the previous month back exactly
          replacedIds,
          archivedPlanIds: archivedPlans.map((p) => p.id),
        },
      });
      const posts = await tx.post.findMany({
        where: { planId: plan.id },
        include: { publication: true },
        orderBy: [{ date: "asc" }, { platform: "asc" }],
      });
      return {
        brand: brand.slug,
        plan: planDto(plan),
        posts: posts.map((p) => postDto(p, brand.timezone)),
        kept: kept.length,
        replaced: replacedIds.length,
        kept_by: keptBy,
        human_replaced: humanReplaced.length,
        summary: describeRegenerate(keptBy, replacedIds.length, humanReplaced.length),
        change_id: event.id,
      };
    },
    { timeout: 30_000 },
  );
}
