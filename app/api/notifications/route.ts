import { AppError } from "@/lib/errors";
import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { listNotificationsQuery } from "@/lib/schemas/notifications";

export type NotificationsResponse = JsonOf<typeof listNotifications>;

export const GET = withAuth(async ({ req, db, auth }) => {
  if (!auth.userId)
    throw new AppError("unauthorized", "Notifications belong to a person: sign in instead of using a token.");
  const q = readQuery(req, listNotificationsQuery);
  return json(
    await listNotifications({
      db,
      workspaceId: auth.workspaceId,
      userId: auth.userId,
      unreadOnly: q.unread === "1" || q.unread === "true",
      limit: q.limit,
    }),
  );
});
