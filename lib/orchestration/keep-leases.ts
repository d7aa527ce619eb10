import { type Db, preparedQuery } from "@/lib/db";
import type { Claim } from "./claim-publications";

/**
 * While this process works on a batch, its leases are renewed (fenced by attempt, only while the rows are
 * still claimed or sending). A send queued behind a network's limit, or a slow thread, outlives a fixed
 * lease; without renewal another run took such a row over, found nothing on the network yet, and sent
 * it too. Only a process that stops renewing (it died) lets its rows go, and they are reconciled first.
 */
export function keepLeases(
  db: Db,
  claims: Pick<Claim, "id" | "attempt">[],
  opts: { leaseMs: number; clock: () => Date },
) {
  const renew = () =>
    preparedQuery(
      db,
      `UPDATE "Publication" l SET "leaseUntil" = $3
       FROM unnest($1::text[], $2::int[]) AS c(id, attempt)
       WHERE l.id = c.id AND l.attempt = c.attempt AND l.state IN ('claimed', 'sending')`,
      [claims.map((c) => c.id), claims.map((c) => c.attempt), new Date(opts.clock().getTime() + opts.leaseMs)],
    ).catch((err: unknown) => console.error("[publish] renewing leases failed; the next renewal tries again", err));
  const timer = setInterval(() => void renew(), Math.max(500, Math.floor(opts.leaseMs / 3)));
  timer.unref?.();
  return () => clearInterval(timer);
}
