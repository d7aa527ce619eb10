import type { Db } from "@/lib/db";

/** Waits until the lease a killed process left on a brand's ledger row has run out (crash-child.ts). */
export async function waitForLeaseEnd(db: Db, brandId: string, platform: "linkedin" | "facebook" | "x") {
  const row = await db.publication.findFirstOrThrow({ where: { brandId, platform } });
  const left = row.leaseUntil ? row.leaseUntil.getTime() - Date.now() : 0;
  await new Promise((r) => setTimeout(r, Math.max(0, left) + 100));
}
