import { json, withAuth } from "@/lib/http";
import { envPick } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { signMediaPath } from "@/lib/media/signed-url";

/** A link to one image that works without signing in, for 5 minutes. */
export const POST = withAuth<{ id: string }>(async ({ db, auth, params, now }) => {
  const media = await db.media.findFirst({ where: { id: params.id, workspaceId: auth.workspaceId, archivedAt: null } });
  if (!media) throw notFound("image");
  const { NEXTAUTH_SECRET } = envPick(["NEXTAUTH_SECRET"]);
  const signed = signMediaPath(NEXTAUTH_SECRET, media.id, now);
  return json({ url: signed.path, expires_at: signed.expiresAt.toISOString() });
});
