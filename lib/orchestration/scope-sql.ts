import { Prisma } from "@/lib/generated/prisma/client";
import type { RunScope } from "./types";

/** `days` days before `now`: a lower bound on "scheduledAt" for windows counted in brand-local days. */
export function sinceDays(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** SQL conditions over "Post" p joined with "Brand" b, shared by ledger creation and claiming. */
export function scopeConditions(scope: RunScope, now: Date): Prisma.Sql {
  // An archived brand never publishes, whoever asks.
  const parts: Prisma.Sql[] = [Prisma.sql`p."archivedAt" IS NULL`, Prisma.sql`b."archivedAt" IS NULL`];
  if (scope.workspaceId) parts.push(Prisma.sql`b."workspaceId" = ${scope.workspaceId}`);
  if (scope.brandIds?.length) parts.push(Prisma.sql`p."brandId" IN (${Prisma.join(scope.brandIds)})`);
  if (scope.platforms?.length) {
    parts.push(Prisma.sql`p.platform::text IN (${Prisma.join(scope.platforms)})`);
  }
  if (scope.postIds?.length) parts.push(Prisma.sql`p.id IN (${Prisma.join(scope.postIds)})`);
  if (scope.date) parts.push(Prisma.sql`p.date = ${scope.date}::date`);
  else {
    parts.push(Prisma.sql`p.date >= ((${now}::timestamptz AT TIME ZONE b.timezone)::date - ${scope.catchupDays}::int)`);
    // The same window, wider, on the indexed instant: a post's time falls on its brand-local day, today
    // started less than a day ago, and a day lasts at most 25 hours.
    parts.push(Prisma.sql`p."scheduledAt" >= ${sinceDays(now, scope.catchupDays + 2)}`);
  }
  if (scope.dueOnly) parts.push(Prisma.sql`p."scheduledAt" <= ${now}`);
  return Prisma.join(parts, " AND ");
}

/**
 * The same scope on the ledger's own columns, so a claim walks the (state, date) index instead of every
 * brand of a workspace. A row's brand, network and date are copied from its post and move with it while
 * it can still be claimed; brand-local days are at most one day behind UTC, hence the extra day.
 */
export function ledgerConditions(scope: RunScope, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`l.state IN ('pending', 'failed', 'unknown', 'claimed', 'sending')`];
  if (scope.brandIds?.length) parts.push(Prisma.sql`l."brandId" IN (${Prisma.join(scope.brandIds)})`);
  if (scope.platforms?.length) parts.push(Prisma.sql`l.platform::text IN (${Prisma.join(scope.platforms)})`);
  if (scope.postIds?.length) parts.push(Prisma.sql`l."postId" IN (${Prisma.join(scope.postIds)})`);
  if (scope.date) parts.push(Prisma.sql`l.date = ${scope.date}::date`);
  else
    parts.push(Prisma.sql`l.date >= ((${now}::timestamptz AT TIME ZONE 'UTC')::date - ${scope.catchupDays + 1}::int)`);
  return Prisma.join(parts, " AND ");
}
