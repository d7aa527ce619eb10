import { json, readQuery, withAuth } from "@/lib/http";
import { archiveMedia } from "@/lib/media/archive-media";
import { readMedia } from "@/lib/media/read-media";
import { readMediaQuery } from "@/lib/schemas/media";
import { mediaStorageFromEnv } from "@/lib/wiring/media-storage";

type P = { id: string };

/** Members of the workspace only; a network or a client gets a signed link instead (signed-url). */
export const GET = withAuth<P>(async ({ req, db, auth, params }) => {
  const { variant } = readQuery(req, readMediaQuery);
  const storage = mediaStorageFromEnv();
  const media = await readMedia({ db, storage, workspaceId: auth.workspaceId, id: params.id, variant });
  return new Response(new Uint8Array(media.bytes), {
    headers: { "content-type": media.mimeType, "cache-control": "private, max-age=3600" },
  });
});

export const DELETE = withAuth<P>(
  async ({ db, auth, params, now }) => json(await archiveMedia({ db, actor: auth.actor, id: params.id, now })),
  { role: "editor" },
);
