import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/audit/record-event";
import { assertCurrentVersion, findPost, LOCKED_STATES } from "@/lib/plans/find-post";
import { updatePostExtras } from "@/lib/plans/update-post-extras";
import { MEDIA_LIMITS } from "@/lib/schemas/post-extras";
import type { Network } from "@/lib/strategy/networks";
import { cardText } from "./card-text";
import { generateIllustration, illustrationPrompt, type ImageModel } from "./generate-illustration";
import { renderCard } from "./render-card";
import type { MediaStorage } from "./storage";
import { uploadMedia } from "./upload-media";
import { msg } from "@/lib/i18n/render-text";

type Post = Awaited<ReturnType<typeof findPost>>;

/** The brand's logo bytes, or none when it has no logo or the image left the library since. */
async function logoOf(db: Db, storage: MediaStorage, brand: Post["brand"]) {
  if (!brand.logoMediaId) return null;
  const media = await db.media.findFirst({
    where: { id: brand.logoMediaId, brandId: brand.id, workspaceId: brand.workspaceId, archivedAt: null },
  });
  return media ? storage.get(media.storageKey) : null;
}

/** The post's branded card as PNG bytes, in the network's size. */
export async function renderPostCard(db: Db, storage: MediaStorage, post: Post): Promise<Buffer> {
  const { hook, keyLine } = cardText(post);
  return renderCard({
    network: post.platform as Network,
    hook,
    keyLine,
    brandName: post.brand.name,
    primaryColor: post.brand.primaryColor,
    accentColor: post.brand.accentColor,
    logo: await logoOf(db, storage, post.brand),
  });
}

/**
 * Makes a visual for one post and attaches it: an illustration from the image model when one is given and
 * asked for, else (and whenever the model fails) the branded card. The image joins the brand's library like
 * an upload, then is added after the post's images, within its network's limit, as an edit of that version.
 */
export async function createCard({
  db,
  storage,
  actor,
  id,
  version,
  kind,
  imageModel,
  now,
}: {
  db: Db;
  storage: MediaStorage;
  actor: Actor;
  id: string;
  version: number;
  kind: "card" | "illustration";
  imageModel: ImageModel | undefined;
  now: Date;
}) {
  const post = await findPost(db, actor.workspaceId, id);
  assertCurrentVersion(post, version);
  if (post.status === "published" || (post.publication && LOCKED_STATES.includes(post.publication.state)))
    throw new AppError("validation_error", msg("errors.post.locked"), [{ path: "status", message: post.status }]);
  const network = post.platform as Network;
  const limit = MEDIA_LIMITS[network];
  if (post.mediaIds.length >= limit)
    throw new AppError("validation_error", msg("errors.media.postFull", { network, limit }), [
      { path: "media_ids", message: `${post.mediaIds.length} of ${limit}` },
    ]);
  // Refused before anything is rendered or stored: the library would otherwise keep an image nobody asked for.
  if (network === "linkedin" && post.slides.length > 0)
    throw new AppError("validation_error", msg("errors.media.carouselNoCard"), [
      { path: "slides", message: "image and carousel" },
    ]);
  let png: Buffer | null = null;
  let fallback: string | null = null;
  if (kind === "illustration") {
    if (!imageModel) fallback = "no_image_model";
    else {
      const { hook, keyLine } = cardText(post);
      const prompt = illustrationPrompt({
        hook,
        keyLine,
        brandName: post.brand.name,
        positioning: post.brand.positioning,
      });
      const result = await generateIllustration(imageModel, { prompt, network });
      if (result.ok) png = result.png;
      else fallback = result.reason;
    }
  }
  const made = png ? "illustration" : "card";
  png ??= await renderPostCard(db, storage, post);
  const media = await uploadMedia({
    db,
    storage,
    actor,
    brandId: post.brandId,
    bytes: png,
    filename: `${made}-${network}-${post.date.toISOString().slice(0, 10)}.png`,
    now,
  });
  const updated = await updatePostExtras({
    db,
    actor,
    id: post.id,
    input: { version, media_ids: [...post.mediaIds, media.id] },
    now,
  });
  return { kind: made, fallback_reason: fallback, media, post: updated };
}
