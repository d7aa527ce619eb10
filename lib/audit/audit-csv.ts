import type { Db } from "@/lib/db";
import { csvDocument, type CsvDelimiter } from "@/lib/csv";
import type { AuditQuery } from "@/lib/schemas/audit";
import { listAuditEvents } from "./list-audit-events";

/** At most this many rows per download; narrow the filters for more. */
export const AUDIT_CSV_MAX = 10_000;

/** The filtered activity as a spreadsheet, every cell neutralised against formula injection. */
export async function auditCsv({
  db,
  workspaceId,
  filters,
  delimiter = ",",
}: {
  db: Db;
  workspaceId: string;
  filters: Omit<AuditQuery, "format" | "limit" | "cursor" | "delimiter">;
  delimiter?: CsvDelimiter;
}) {
  const rows: unknown[][] = [["at", "actor", "action", "brand", "target_type", "target_id", "details"]];
  let cursor: string | undefined;
  do {
    const page = await listAuditEvents({ db, workspaceId, filters, cursor, limit: 200 });
    for (const e of page.events)
      rows.push([
        e.at,
        e.actor,
        e.action,
        e.brand ?? "",
        e.target_type,
        e.target_id,
        e.details ? JSON.stringify(e.details) : "",
      ]);
    cursor = page.next_cursor ?? undefined;
  } while (cursor && rows.length <= AUDIT_CSV_MAX);
  return csvDocument(rows.slice(0, AUDIT_CSV_MAX + 1), { delimiter });
}
