import { AppError } from "@/lib/errors";
import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { markRead } from "@/lib/notifications/mark-read";
import { markReadSchema } from "@/lib/schemas/notifications";
import { msg } from "@/lib/i18n/render-text";

export type MarkReadResponse = JsonOf<typeof markRead>;

export const POST = withAuth(async ({ req, db, auth, now }) => {
  if (!auth.userId) throw new AppError("forbidden", msg("errors.notifications.person"));
  const input = await readJson(req, markReadSchema);
  return json(
    await markRead({
      db,
      workspaceId: auth.workspaceId,
      userId: auth.userId,
      ids: input.all ? "all" : input.ids!,
      now,
    }),
  );
});
