import { AppError } from "@/lib/errors";
import { readQuery, withAuth } from "@/lib/http";
import { exportCsv, exportIcs } from "@/lib/plans/export-plan";
import { csvExportQuery } from "@/lib/schemas/strategy";
import { msg } from "@/lib/i18n/render-text";

const TYPES = { ics: "text/calendar; charset=utf-8", csv: "text/csv; charset=utf-8" } as const;

export const GET = withAuth<{ file: string }>(async ({ req, db, auth, params, now }) => {
  const match = /^(?<ref>.+)\.(?<ext>ics|csv)$/.exec(params.file);
  if (!match)
    throw new AppError("validation_error", msg("errors.strategy.exportFormat"), [
      { path: "file", message: msg("errors.detail.unknownFormat") },
    ]);
  const { ref, ext } = match.groups as { ref: string; ext: keyof typeof TYPES };
  const out =
    ext === "ics"
      ? await exportIcs({ db, workspaceId: auth.workspaceId, ref, now })
      : await exportCsv({ db, workspaceId: auth.workspaceId, ref, ...readQuery(req, csvExportQuery) });
  return new Response(out.body, {
    headers: { "content-type": TYPES[ext], "content-disposition": `attachment; filename="${out.filename}"` },
  });
});
