import { shiftInstant } from "@/lib/dates/days";
/** Archived brands and connections can be restored for this long; the retention cleanup removes them after. */
export const ARCHIVE_RETENTION_DAYS = 30;

export function restorableUntil(archivedAt: Date): Date {
  return shiftInstant(archivedAt, ARCHIVE_RETENTION_DAYS);
}
