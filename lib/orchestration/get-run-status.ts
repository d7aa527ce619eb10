import { resolveBrand } from "@/lib/brands/resolve-brand";
import type { Db } from "@/lib/db";
import type { PostNetwork } from "./types";
import { firstWords } from "@/lib/text/first-words";
import { summarizeStates } from "./summarize-states";
import { dayRuns } from "./day-runs";
import { isSandboxRemoteId } from "@/lib/networks/sandbox/is-sandbox";

export interface StatusRow {
  brand: string;
  brand_name: string;
  platform: PostNetwork;
  post_id: string;
  post_status: string;
  scheduled_at: string;
  excerpt: string;
  state: string;
  attempt: number;
  remote_id: string | null;
  remote_url: string | null;
  /** the brand has no live connection for the network (or had none when it was published): nothing is sent */
  sandbox: boolean;
  failure_class: string | null;
  last_error: string | null;
  next_attempt_at: string | null;
  /** an X thread's parts (0 when the post is a single one) and whether a first comment goes with it */
  parts_total: number;
  has_first_comment: boolean;
  /** a LinkedIn or Facebook carousel's slides (0 otherwise): one PDF upload, or one photo upload per slide */
  slides_total: number;
  /** library images uploaded before the post (step kind "media", numbered after a carousel's slides) */
  images_total: number;
  /** what is already on the network, step by step (thread parts, media, the first comment) */
  steps: { kind: string; index: number; remote_id: string; remote_url: string | null }[];
  attempts: {
    attempt: number;
    outcome: string;
    failure_class: string | null;
    http_status: number | null;
    response_excerpt: string | null;
    started_at: string;
    finished_at: string | null;
    run_id: string | null;
  }[];
}

/** Every post of the day with its ledger row (or "scheduled" when no run has touched it yet) and all attempts. */
export async function getRunStatus({
  db,
  workspaceId,
  date,
  brandSlug,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  date: string;
  brandSlug?: string;
  now?: Date;
}) {
  // an unknown brand is a 404, as on every other route, not an empty day
  const brand = brandSlug ? await resolveBrand({ db, workspaceId, ref: brandSlug }) : null;
  const onlyBrand = brand ? { id: brand.id } : {};
  const day = new Date(`${date}T00:00:00Z`);
  const posts = await db.post.findMany({
    where: {
      date: day,
      brand: { workspaceId, ...onlyBrand },
      OR: [{ archivedAt: null }, { publication: { isNot: null } }],
      status: { in: ["approved", "published", "failed"] },
    },
    include: {
      brand: {
        select: {
          slug: true,
          name: true,
          connections: { where: { archivedAt: null }, select: { platform: true } },
        },
      },
      publication: {
        include: {
          attempts: { orderBy: { attempt: "asc" } },
          steps: { orderBy: [{ kind: "asc" }, { index: "asc" }] },
        },
      },
    },
    orderBy: [{ brand: { name: "asc" } }, { platform: "asc" }],
  });
  const rows: StatusRow[] = posts.map((p) => {
    const l = p.publication;
    return {
      brand: p.brand.slug,
      brand_name: p.brand.name,
      platform: p.platform as PostNetwork,
      post_id: p.id,
      post_status: p.status,
      scheduled_at: p.scheduledAt.toISOString(),
      excerpt: firstWords(p.body, 140),
      // A ledger row no run has tried, for a time still to come (a post moved to a coming day), waits like any other.
      state: !l || (l.state === "pending" && l.attempt === 0 && p.scheduledAt > now) ? "scheduled" : l.state,
      attempt: l?.attempt ?? 0,
      remote_id: l?.remoteId ?? null,
      remote_url: l?.remoteUrl ?? null,
      sandbox: l?.remoteId
        ? isSandboxRemoteId(l.remoteId)
        : !p.brand.connections.some((c) => c.platform === p.platform),
      failure_class: l?.failureClass ?? null,
      last_error: l?.lastError ?? null,
      next_attempt_at: l?.nextAttemptAt?.toISOString() ?? null,
      parts_total: p.platform === "x" ? p.parts.length : 0,
      has_first_comment: !!p.firstComment,
      slides_total: p.platform === "x" ? 0 : p.slides.length,
      images_total: p.mediaIds.length,
      steps: (l?.steps ?? []).map((s) => ({
        kind: s.kind,
        index: s.index,
        remote_id: s.remoteId,
        remote_url: s.remoteUrl,
      })),
      attempts: (l?.attempts ?? []).map((a) => ({
        attempt: a.attempt,
        outcome: a.outcome,
        failure_class: a.failureClass,
        http_status: a.httpStatus,
        response_excerpt: a.responseExcerpt,
        started_at: a.startedAt.toISOString(),
        finished_at: a.finishedAt?.toISOString() ?? null,
        run_id: a.runId,
      })),
    };
  });
  const runIds = rows.flatMap((r) => r.attempts.map((a) => a.run_id)).filter((x): x is string => !!x);
  const runs = await dayRuns({ db, workspaceId, day, brand, touched: runIds, now });
  return { date, rows, runs, summary: summarizeStates(rows) };
}
