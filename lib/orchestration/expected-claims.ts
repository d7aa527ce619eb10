import type { Db } from "@/lib/db";
import { type Claim, claimableIds, claimPublications } from "./claim-publications";
import type { RunScope } from "./types";

/**
 * The rows a run expects to claim, read once and walked in this instance's own random order, so
 * instances rarely reach for the same row. A claim that comes back short (another instance took some)
 * is topped up before sending, or the send round, a network's latency long, would carry fewer posts.
 * When half of the recent claims came back short, most of what is left went to others: the list is read
 * again. The list is only a hint: every claim re-checks its rows under their lock.
 */
export function expectedClaims(
  db: Db,
  scope: RunScope,
  opts: { batch: number; workerId: string; leaseMs: number; clock: () => Date },
) {
  let ids: string[] = [];
  let asked = 0;
  let taken = 0;
  let refreshing: Promise<void> | null = null;
  const load = async () => {
    ids = shuffle(await claimableIds(db, scope, opts.clock()));
  };
  const refresh = () => {
    refreshing ??= load()
      .catch(() => undefined) // the old list still works, only less well
      .finally(() => (refreshing = null));
  };
  const claim = async (now: Date): Promise<Claim[]> => {
    const claims: Claim[] = [];
    for (;;) {
      // the list being read again is mostly other instances' rows: wait for the new one
      if (refreshing) await refreshing;
      if (claims.length >= opts.batch || ids.length === 0) return claims;
      const want = ids.splice(-(opts.batch - claims.length));
      const got = await claimPublications(db, scope, {
        now,
        limit: want.length,
        workerId: opts.workerId,
        leaseMs: opts.leaseMs,
        ids: want,
      });
      claims.push(...got);
      asked += want.length;
      taken += got.length;
      if (asked >= 8 * opts.batch) {
        if (taken * 2 < asked && ids.length > 8 * opts.batch) refresh();
        asked = taken = 0;
      }
    }
  };
  return { load, claim };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
