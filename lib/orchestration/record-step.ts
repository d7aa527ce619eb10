import { type Db, sqlPool } from "@/lib/db";
import type { Claim } from "./claim-publications";
import { LeaseLost } from "./fenced-write";

export type StepKind = "part" | "media" | "document" | "comment";

export interface RecordedStep {
  remoteId: string;
  remoteUrl: string | null;
}

/** What earlier attempts already have on the network, by `kind:index`. */
export async function loadSteps(db: Db, publicationId: string): Promise<Map<string, RecordedStep>> {
  const { rows } = await sqlPool(db).query<{ kind: string; index: number; remoteId: string; remoteUrl: string | null }>(
    `SELECT kind, index, "remoteId", "remoteUrl" FROM "PublicationStep" WHERE "publicationId" = $1`,
    [publicationId],
  );
  return new Map(rows.map((r) => [`${r.kind}:${r.index}`, { remoteId: r.remoteId, remoteUrl: r.remoteUrl }]));
}

/**
 * Records a confirmed step the moment the network answers, under the same fence as the finish: the row
 * is written only while this claim's attempt still owns the publication (FOR SHARE waits for a
 * concurrent takeover to commit, then sees its new attempt). A worker whose lease was taken over
 * gets LeaseLost and records nothing.
 */
export async function recordStep(
  db: Db,
  claim: Pick<Claim, "id" | "attempt">,
  kind: StepKind,
  index: number,
  step: RecordedStep,
  now: Date,
): Promise<void> {
  const { rows } = await sqlPool(db).query(
    `WITH owner AS (
       SELECT id FROM "Publication" WHERE id = $1 AND attempt = $2 AND state IN ('claimed', 'sending') FOR SHARE
     )
     INSERT INTO "PublicationStep" ("publicationId", kind, index, attempt, "remoteId", "remoteUrl", "createdAt")
     SELECT id, $3, $4, $2, $5, $6, $7 FROM owner
     ON CONFLICT ("publicationId", kind, index) DO UPDATE SET "remoteId" = "PublicationStep"."remoteId"
     RETURNING "remoteId"`,
    [claim.id, claim.attempt, kind, index, step.remoteId, step.remoteUrl, now],
  );
  if (rows.length === 0) throw new LeaseLost(claim.id);
}
