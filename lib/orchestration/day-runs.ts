import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { namesByEmail } from "@/lib/team/member-names";

/**
 * The runs a day's board lists, newest first: the workspace's runs of that day (dry ones and those that
 * sent nothing included) and every run that sent one of the day's posts. A cron run serves every tenant,
 * so a tenant sees only its own share of its counts; one brand's board shows that brand's share of each
 * run (its attempts, or its payloads in a dry run), so a run that sent nothing of it reads 0.
 */
export async function dayRuns({
  db,
  workspaceId,
  day,
  brand,
  touched,
  now,
}: {
  db: Db;
  now: Date;
  workspaceId: string;
  day: Date;
  brand: { id: string; slug: string } | null;
  touched: string[];
}) {
  const runs = await db.orchestratorRun.findMany({
    where: { OR: [{ date: day, workspaceId }, { id: { in: touched } }] },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: {
      id: true,
      workspaceId: true,
      trigger: true,
      triggeredBy: true,
      dryRun: true,
      status: true,
      counts: true,
      startedAt: true,
      finishedAt: true,
      leaseUntil: true,
    },
  });
  const ownShare = (r: (typeof runs)[number]) => r.workspaceId !== null && !brand;
  const sent = runs.filter((r) => !ownShare(r) && !r.dryRun).map((r) => r.id);
  // A post retried within one run counts once, by its last attempt in that run.
  const attempts = sent.length
    ? await db.$queryRaw<{ runId: string; outcome: string; n: number }[]>(Prisma.sql`
        SELECT "runId", outcome, count(*)::int AS n FROM (
          SELECT DISTINCT ON (a."runId", a."publicationId") a."runId", a.outcome
          FROM "PublishAttempt" a JOIN "Publication" l ON l.id = a."publicationId" JOIN "Brand" b ON b.id = l."brandId"
          WHERE a."runId" = ANY(${sent}::text[]) AND b."workspaceId" = ${workspaceId}
            ${brand ? Prisma.sql`AND b.id = ${brand.id}` : Prisma.empty}
          ORDER BY a."runId", a."publicationId", a.attempt DESC
        ) last GROUP BY "runId", outcome`)
    : [];
  const shares = new Map<string, Record<string, number>>();
  for (const g of attempts) add(shares, g.runId, g.outcome, g.n);
  // A dry run's payloads name their brand; a dry run belongs to one workspace, where slugs are unique.
  const dry = brand ? runs.filter((r) => r.dryRun && r.workspaceId === workspaceId).map((r) => r.id) : [];
  if (dry.length) {
    const rendered = await db.$queryRaw<{ id: string; status: string; n: number }[]>(Prisma.sql`
      SELECT r.id, x->>'status' AS status, count(*)::int AS n
      FROM "OrchestratorRun" r, jsonb_array_elements(CASE WHEN jsonb_typeof(r.results) = 'array' THEN r.results ELSE '[]' END) x
      WHERE r.id = ANY(${dry}::text[]) AND x->>'brand' = ${brand!.slug}
      GROUP BY r.id, x->>'status'`);
    for (const g of rendered) add(shares, g.id, g.status, g.n);
  }
  // Runs record who started them by email; the board names members as everywhere else.
  const names = await namesByEmail(
    db,
    workspaceId,
    runs.flatMap((r) => (r.triggeredBy?.includes("@") ? [r.triggeredBy] : [])),
  );
  return runs.map((r) => ({
    id: r.id,
    trigger: r.trigger,
    triggered_by: r.triggeredBy,
    triggered_by_name: (r.triggeredBy && names.get(r.triggeredBy)) ?? null,
    dry_run: r.dryRun,
    // A run whose lease ran out is dead: the board says so before the next run closes it.
    status: r.status === "running" && r.leaseUntil && r.leaseUntil < now ? "abandoned" : r.status,
    counts: ownShare(r) ? (r.counts as Record<string, number>) : (shares.get(r.id) ?? { total: 0 }),
    started_at: r.startedAt.toISOString(),
    finished_at: r.finishedAt?.toISOString() ?? null,
  }));
}

function add(shares: Map<string, Record<string, number>>, runId: string, outcome: string, n: number) {
  const counts = shares.get(runId) ?? { total: 0 };
  counts[outcome] = (counts[outcome] ?? 0) + n;
  counts.total += n;
  shares.set(runId, counts);
}
