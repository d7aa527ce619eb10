import { AppError } from "@/lib/errors";
import { json, readerLocale, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { listNotificationsQuery } from "@/lib/schemas/notifications";
import { msg } from "@/lib/i18n/render-text";

export type NotificationsResponse = JsonOf<typeof listNotifications>;

export const GET = withAuth(async ({ req, db, auth }) => {
  if (!auth.userId) throw new AppError("forbidden", msg("errors.notifications.person"));
  const q = readQuery(req, listNotificationsQuery);
  return json(
    await listNotifications({
      db,
      workspaceId: auth.workspaceId,
      userId: auth.userId,
      unreadOnly: q.unread === "1" || q.unread === "true",
      limit: q.limit,
      cursor: q.cursor,
      locale: await readerLocale(req, db, auth.userId),
    }),
  );
});
