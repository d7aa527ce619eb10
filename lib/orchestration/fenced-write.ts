import { type Db, preparedQuery } from "@/lib/db";
import type { FailureClass, LedgerState, PostStatus } from "@/lib/generated/prisma/enums";
import type { Claim } from "./claim-publications";

export class LeaseLost extends Error {
  constructor(id: string) {
    super(`Lease lost on publication ${id}: a newer attempt owns it`);
  }
}

interface AttemptRecord {
  runId: string | null;
  outcome: string;
  failureClass?: FailureClass | null;
  httpStatus?: number | null;
  responseExcerpt?: string | null;
  startedAt: Date;
  finishedAt: Date;
}

interface LedgerUpdate {
  state: LedgerState;
  remoteId?: string | null;
  remoteUrl?: string | null;
  publishedAt?: Date | null;
  failureClass?: FailureClass | null;
  lastError?: string | null;
  nextAttemptAt?: Date | null;
}

interface Finish {
  claim: Pick<Claim, "id" | "attempt">;
  data: LedgerUpdate;
  attempt: AttemptRecord;
  postStatus: PostStatus | null;
}

const fence = (c: Pick<Claim, "id" | "attempt">) => `${c.id}:${c.attempt}`;

/**
 * Marks a whole claimed batch `sending` in one statement, just before the sends; returns the ids this
 * batch still owns (a row whose lease was taken over is left alone).
 */
export async function markBatchSending(db: Db, claims: Claim[], now: Date): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const { rows } = await preparedQuery<{ id: string }>(
    db,
    `UPDATE "Publication" l SET state = 'sending', "updatedAt" = $3
     FROM unnest($1::text[], $2::int[]) AS c(id, attempt)
     WHERE l.id = c.id AND l.attempt = c.attempt AND l.state = 'claimed'
     RETURNING l.id`,
    [claims.map((c) => c.id), claims.map((c) => c.attempt), now],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * PostgreSQL text cannot hold NUL, and a network's raw answer or error may: one such character would fail
 * the whole group's finish, leaving confirmed remote ids unrecorded. It is dropped from what the network wrote.
 */
const withoutNul = (text: string | null | undefined) => text?.replaceAll("\0", "") ?? null;

/**
 * Ledger rows, their attempt log and their posts' status change in one statement, each row only when
 * its attempt number still matches: a worker whose lease expired changes nothing. A final outcome
 * (failed with no retry left, or published where a webhook listens for it; a success notifies nobody
 * else) also leaves a PublicationEvent in the same statement, so its announcement can be neither lost nor
 * doubled (see announce-outcomes.ts). Returns the
 * `id:attempt` of every row written; the remote ids are durable the moment this returns.
 * The ledger update returns each row's inputs with it, so the later steps read `l` alone: joined back to
 * `i`, they were nested loops over both (the planner guesses one row for `l`), quadratic in the batch.
 * The batch travels as one JSON document rather than seventeen arrays, whose every element the pg client
 * escaped in JavaScript.
 */
async function finishAttempts(db: Db, items: Finish[]): Promise<Set<string>> {
  const { rows } = await preparedQuery<{ id: string; attempt: number }>(
    db,
    `WITH i AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS i(id text, attempt int, state text, remote_id text, remote_url text, published_at timestamptz,
              failure_class text, last_error text, next_attempt_at timestamptz, run_id text, outcome text,
              attempt_class text, http_status int, excerpt text, started_at timestamptz, finished_at timestamptz,
              post_status text)
     ), l AS (
       UPDATE "Publication" l SET state = i.state::"LedgerState", "remoteId" = i.remote_id, "remoteUrl" = i.remote_url,
         "publishedAt" = i.published_at, "failureClass" = i.failure_class::"FailureClass", "lastError" = i.last_error,
         "nextAttemptAt" = i.next_attempt_at, "leaseOwner" = NULL, "leaseUntil" = NULL, "updatedAt" = i.finished_at
       FROM i WHERE l.id = i.id AND l.attempt = i.attempt AND l.state IN ('claimed', 'sending')
       RETURNING l.id, l.attempt, l."postId", l."brandId", i.state, i.remote_id, i.remote_url, i.published_at,
                 i.failure_class, i.last_error, i.next_attempt_at, i.run_id, i.outcome, i.attempt_class, i.http_status,
                 i.excerpt, i.started_at, i.finished_at, i.post_status
     ), a AS (
       INSERT INTO "PublishAttempt" (id, "publicationId", "runId", attempt, outcome, "failureClass", "httpStatus", "responseExcerpt", "startedAt", "finishedAt")
       SELECT gen_random_uuid()::text, l.id, l.run_id, l.attempt, l.outcome, l.attempt_class::"FailureClass", l.http_status,
              l.excerpt, l.started_at, l.finished_at
       FROM l
     ), p AS (
       UPDATE "Post" p SET status = l.post_status::"PostStatus", "updatedAt" = l.finished_at
       FROM l WHERE p.id = l."postId" AND l.post_status IS NOT NULL
     ), e AS (
       INSERT INTO "PublicationEvent" (id, "publicationId", attempt, type, data, "createdAt")
       SELECT gen_random_uuid()::text, l.id, l.attempt,
              CASE WHEN l.state = 'published' THEN 'post.published' ELSE 'post.failed' END,
              jsonb_build_object('remote_id', l.remote_id, 'remote_url', l.remote_url, 'published_at', l.published_at,
                                 'failure_class', l.failure_class, 'error', l.last_error),
              l.finished_at
       FROM l
       WHERE (l.state = 'failed' AND l.next_attempt_at IS NULL)
          OR (l.state = 'published' AND EXISTS (
                SELECT 1 FROM "Brand" b JOIN "WebhookEndpoint" w ON w."workspaceId" = b."workspaceId"
                WHERE b.id = l."brandId" AND w."disabledAt" IS NULL AND 'post.published' = ANY(w.events)))
       ON CONFLICT DO NOTHING
     )
     SELECT id, attempt FROM l`,
    [
      JSON.stringify(
        items.map((i) => ({
          id: i.claim.id,
          attempt: i.claim.attempt,
          state: i.data.state,
          remote_id: withoutNul(i.data.remoteId),
          remote_url: withoutNul(i.data.remoteUrl),
          published_at: i.data.publishedAt ?? null,
          failure_class: i.data.failureClass ?? null,
          last_error: withoutNul(i.data.lastError),
          next_attempt_at: i.data.nextAttemptAt ?? null,
          run_id: i.attempt.runId,
          outcome: i.attempt.outcome,
          attempt_class: i.attempt.failureClass ?? null,
          http_status: i.attempt.httpStatus ?? null,
          excerpt: withoutNul(i.attempt.responseExcerpt?.slice(0, 2000)),
          started_at: i.attempt.startedAt,
          finished_at: i.attempt.finishedAt,
          post_status: i.postStatus,
        })),
      ),
    ],
  );
  return new Set(rows.map(fence));
}

/** One claim's fenced finish; throws LeaseLost when a newer attempt owns the row. */
export async function finishAttempt(
  db: Db,
  claim: Pick<Claim, "id" | "attempt">,
  data: LedgerUpdate,
  attempt: AttemptRecord,
  postStatus: PostStatus | null,
): Promise<void> {
  const written = await finishAttempts(db, [{ claim, data, attempt, postStatus }]);
  if (!written.has(fence(claim))) throw new LeaseLost(claim.id);
}

export type Finisher = (item: Finish) => Promise<void>;

/**
 * Group commit for finishes: the first one is written at once; those that arrive while a write is in
 * flight go out together in the next statement. No finish ever waits for another send, only for the
 * database, and each resolves once its own row is durable (or rejects with LeaseLost).
 */
export function finishQueue(db: Db, maxRows = 500): Finisher {
  let queue: { item: Finish; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (queue.length) {
      const batch = queue.slice(0, maxRows);
      queue = queue.slice(batch.length);
      try {
        const written = await finishAttempts(
          db,
          batch.map((b) => b.item),
        );
        for (const b of batch)
          if (written.has(fence(b.item.claim))) b.resolve();
          else b.reject(new LeaseLost(b.item.claim.id));
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
    writing = false;
  };
  return (item) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
