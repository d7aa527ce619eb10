import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { previewRegenerate } from "@/lib/plans/preview-regenerate";
import { regeneratePreviewQuery } from "@/lib/schemas/strategy";

export type RegeneratePreviewResponse = JsonOf<typeof previewRegenerate>;

export const GET = withAuth(async ({ req, db, auth, now }) => {
  const q = readQuery(req, regeneratePreviewQuery);
  return json(
    await previewRegenerate({
      db,
      workspaceId: auth.workspaceId,
      ref: q.brand,
      startDate: q.start_date,
      durationDays: q.duration_days,
      now,
      skipPastHours: q.skip_past_hours === "true",
    }),
  );
});
