import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FailureClass, LedgerState, PostStatus } from "@/lib/generated/prisma/enums";
import type { Claim } from "./claim-publications";

export class LeaseLost extends Error {
  constructor(id: string) {
    super(`Lease lost on publication ${id}: a newer attempt owns it`);
  }
}

export interface AttemptRecord {
  runId: string | null;
  outcome: string;
  failureClass?: FailureClass | null;
  httpStatus?: number | null;
  responseExcerpt?: string | null;
  startedAt: Date;
  finishedAt: Date;
}

/** Moves a claimed row to `sending` only if this claim still owns it. */
export async function markSending(db: Db, claim: Claim, now: Date): Promise<void> {
  const { count } = await db.publication.updateMany({
    where: { id: claim.id, attempt: claim.attempt, state: "claimed" },
    data: { state: "sending", updatedAt: now },
  });
  if (count === 0) throw new LeaseLost(claim.id);
}

/**
 * The ledger row, the attempt log and the post's status change in one transaction, and only when
 * the attempt number still matches: a worker whose lease expired changes nothing.
 */
export async function finishAttempt(
  db: Db,
  claim: Claim,
  data: Prisma.PublicationUpdateManyMutationInput & { state: LedgerState },
  attempt: AttemptRecord,
  postStatus: PostStatus | null,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.publication.updateMany({
      where: { id: claim.id, attempt: claim.attempt, state: { in: ["claimed", "sending"] } },
      data: { ...data, leaseOwner: null, leaseUntil: null, updatedAt: attempt.finishedAt },
    });
    if (count === 0) throw new LeaseLost(claim.id);
    await tx.publishAttempt.create({
      data: {
        publicationId: claim.id,
        runId: attempt.runId,
        attempt: claim.attempt,
        outcome: attempt.outcome,
        failureClass: attempt.failureClass ?? null,
        httpStatus: attempt.httpStatus ?? null,
        responseExcerpt: attempt.responseExcerpt?.slice(0, 2000) ?? null,
        startedAt: attempt.startedAt,
        finishedAt: attempt.finishedAt,
      },
    });
    if (postStatus) await tx.post.update({ where: { id: claim.postId }, data: { status: postStatus } });
  });
}
