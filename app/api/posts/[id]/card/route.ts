import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { createCard } from "@/lib/media/create-card";
import { createCardSchema } from "@/lib/schemas/media";
import { imageModelFromEnv } from "@/lib/wiring/image-model-from-env";
import { mediaStorageFromEnv } from "@/lib/wiring/media-storage";

export type CreatedCardResponse = JsonOf<typeof createCard>;

/** Generates the post's branded card (or an illustration) into the brand's library and attaches it. */
export const POST = withAuth<{ id: string }>(
  async ({ req, db, auth, params, now }) => {
    const { version, kind } = await readJson(req, createCardSchema);
    const card = await createCard({
      db,
      storage: mediaStorageFromEnv(),
      actor: auth.actor,
      id: params.id,
      version,
      kind,
      imageModel: imageModelFromEnv(),
      now,
    });
    return json(card, 201);
  },
  { role: "editor" },
);
