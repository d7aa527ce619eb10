import type { Db } from "@/lib/db";
import type { Network } from "@/lib/networks/publisher";
import {
  METRIC_FIELDS,
  type MetricCounts,
  type MetricsCollector,
  type NormalizedMetrics,
} from "@/lib/networks/collector";
import { decryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import type { Platform } from "@/lib/generated/prisma/enums";
import { shiftInstant } from "@/lib/dates/days";

export interface CollectDeps {
  db: Db;
  now: Date;
  keyRing: () => KeyRing;
  /** builds a network's metrics collector; the wiring passes the environment-configured factory */
  collectorFor: (network: Network) => MetricsCollector;
}

interface Target {
  postId: string;
  remoteId: string;
  pillar: string;
  format: string;
  hookTemplate: string;
  network: Platform;
}

/**
 * Appends one snapshot per published post of the last `windowDays`, batching per brand and
 * network connection; failures are counted and reported, never thrown away.
 */
export async function collectMetrics(deps: CollectDeps, opts: { windowDays: number }) {
  const since = shiftInstant(deps.now, -opts.windowDays);
  const rows = await deps.db.publication.findMany({
    where: { state: "published", remoteId: { not: null }, publishedAt: { gte: since } },
    include: { post: { select: { pillar: true, format: true, hookTemplate: true } } },
  });
  const groups = new Map<string, { brandId: string; platform: Platform; targets: Target[] }>();
  for (const r of rows) {
    const key = `${r.brandId}:${r.platform}`;
    const g = groups.get(key) ?? { brandId: r.brandId, platform: r.platform, targets: [] };
    g.targets.push({
      postId: r.postId,
      remoteId: r.remoteId!,
      pillar: r.post.pillar,
      format: r.post.format,
      hookTemplate: r.post.hookTemplate,
      network: r.platform,
    });
    groups.set(key, g);
  }
  let collected = 0;
  const failures: { brandId: string; platform: string; remoteId?: string; message: string; httpStatus?: number }[] = [];
  for (const g of groups.values()) {
    const conn = await deps.db.channelConnection.findUnique({
      where: { brandId_platform: { brandId: g.brandId, platform: g.platform } },
    });
    // Posts published to the sandbox (no live connection) get the sandbox's simulated metrics.
    const network = conn && conn.status === "active" ? g.platform : "sandbox";
    const collector = deps.collectorFor(network);
    const hints = Object.fromEntries(
      g.targets.map((t) => [
        t.remoteId,
        { pillar: t.pillar, format: t.format, hookTemplate: t.hookTemplate, network: t.network },
      ]),
    );
    const res = await collector.collect({
      accountId: conn?.accountId ?? "sandbox",
      accessToken:
        conn && network !== "sandbox" ? decryptSecret(deps.keyRing(), conn.accessTokenEnc, conn.id) : "sandbox",
      remoteIds: g.targets.map((t) => t.remoteId),
      hints,
    });
    const byRemote = new Map(g.targets.map((t) => [t.remoteId, t]));
    const data = res.metrics
      .filter((m: NormalizedMetrics) => byRemote.has(m.remoteId))
      .map((m: NormalizedMetrics) => ({
        postId: byRemote.get(m.remoteId)!.postId,
        platform: g.platform,
        collectedAt: deps.now,
        ...(Object.fromEntries(METRIC_FIELDS.map((f) => [f, m[f]])) as MetricCounts),
        engagementRate: m.engagementRate,
        raw: (m.raw ?? {}) as object,
      }));
    if (data.length) await deps.db.metricSnapshot.createMany({ data });
    collected += data.length;
    for (const f of res.failures) failures.push({ brandId: g.brandId, platform: g.platform, ...f });
    if (res.failures.length) {
      // Kept where the team can see it: one audit event per brand and network that had failures.
      const brand = await deps.db.brand.findUniqueOrThrow({ where: { id: g.brandId }, select: { workspaceId: true } });
      await deps.db.auditEvent.create({
        data: {
          workspaceId: brand.workspaceId,
          actorLabel: "cron:metrics",
          action: "metrics.collect_failed",
          entityType: "brand",
          entityId: g.brandId,
          data: {
            platform: g.platform,
            failures: res.failures.map((f) => ({
              remoteId: f.remoteId ?? null,
              message: f.message,
              httpStatus: f.httpStatus ?? null,
            })),
          },
        },
      });
    }
  }
  return { posts: rows.length, collected, failed: failures.length, failures };
}
