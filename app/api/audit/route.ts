import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { auditCsv } from "@/lib/audit/audit-csv";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditQuery } from "@/lib/schemas/audit";

export type AuditEventsResponse = JsonOf<typeof listAuditEvents>;

export const GET = withAuth(
  async ({ req, db, auth }) => {
    const { format, cursor, limit, delimiter, ...filters } = readQuery(req, auditQuery);
    if (format === "csv") {
      return new Response(await auditCsv({ db, workspaceId: auth.workspaceId, filters, delimiter }), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="activity-${auth.workspaceSlug}.csv"`,
        },
      });
    }
    return json(await listAuditEvents({ db, workspaceId: auth.workspaceId, filters, cursor, limit }));
  },
  { role: "editor" },
);
