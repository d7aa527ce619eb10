import type { Network, PublishFailure } from "./publisher";

/** The counts every network's metrics are normalised to, in the order snapshots and reports list them. */
export const METRIC_FIELDS = ["impressions", "reach", "clicks", "reactions", "comments", "shares"] as const;
export type MetricCounts = Record<(typeof METRIC_FIELDS)[number], number>;

/**
 * One post's metrics in the same units on every network.
 *
 * Engagement rate, everywhere: (reactions + comments + shares + clicks) / impressions, and 0 when
 * impressions is 0. Networks' own "engagement" figures count different things, so we never copy them.
 */
export interface NormalizedMetrics extends MetricCounts {
  remoteId: string;
  engagementRate: number;
  /** the network's answer for this post, kept for audits */
  raw: unknown;
}

/** What the post was, so the sandbox can simulate believable differences between options. */
export interface MetricsHint {
  pillar?: string;
  format?: string;
  hookTemplate?: string;
  network?: string;
}

export interface CollectRequest {
  accountId: string;
  accessToken: string;
  remoteIds: string[];
  hints?: Record<string, MetricsHint>;
  signal?: AbortSignal;
}

export interface CollectFailure {
  remoteId?: string;
  message: string;
  httpStatus?: number;
  retryAt?: Date;
}

export interface CollectResult {
  metrics: NormalizedMetrics[];
  failures: CollectFailure[];
}

export interface MetricsCollector {
  network: Network;
  /** Never throws for network answers: every post ends up in `metrics` or in `failures`. */
  collect(req: CollectRequest): Promise<CollectResult>;
}

export function engagementRate(m: {
  impressions: number;
  reactions: number;
  comments: number;
  shares: number;
  clicks: number;
}): number {
  if (!m.impressions || m.impressions <= 0) return 0;
  return (m.reactions + m.comments + m.shares + m.clicks) / m.impressions;
}

export function normalized(
  remoteId: string,
  m: Omit<NormalizedMetrics, "remoteId" | "engagementRate" | "raw">,
  raw: unknown,
): NormalizedMetrics {
  return { remoteId, ...m, engagementRate: engagementRate(m), raw };
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const count = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0);

/** A network failure told against one post, optionally saying which of the post's requests failed. */
export function collectFailure(remoteId: string, f: PublishFailure, what?: string): CollectFailure {
  return {
    remoteId,
    message: what ? `${what}: ${f.message}` : f.message,
    ...(f.httpStatus !== null ? { httpStatus: f.httpStatus } : {}),
    ...(f.retryAt ? { retryAt: f.retryAt } : {}),
  };
}
