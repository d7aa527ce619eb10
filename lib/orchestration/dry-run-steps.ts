import { carouselMedia } from "@/lib/carousel/carousel-media";
import type { BrandColors } from "@/lib/carousel/slide-layout";
import type { BuiltRequest, PublishPayload } from "@/lib/networks/publisher";
import type { PostImage } from "@/lib/media/load-images";
import { postsPhotoWithText } from "@/lib/networks/facebook/photos";
import { msg, type Text } from "@/lib/i18n/text";
import type { ResolvedChannel } from "./types";

export interface LabeledRequest extends BuiltRequest {
  /** which step of the post this request is ("Upload slide 2 (5 in all)", "Post", "Part 3 of 3"), in the reader's language */
  label: string;
}

/** A step before its label is rendered for the reader. */
export interface PlannedRequest extends BuiltRequest {
  label: Text;
}

interface PlannedPost {
  platform: string;
  slides: string[];
  parts: string[];
  firstComment: string | null;
  brand: BrandColors;
  /** the post's library images, sent after a carousel's slides */
  library: PostImage[];
}

export const REDACT = { redactToken: true };

/** An upload's requests with their labels: one alone, or a first step and the bytes after it (LinkedIn). */
function labeled(steps: BuiltRequest[], alone: Text, first: Text, bytes: Text): PlannedRequest[] {
  return steps.map((req, i) => ({ label: steps.length === 1 ? alone : i === 0 ? first : bytes, ...req }));
}

/**
 * The requests a post in steps sends, in order, as a dry run shows them: carousel uploads (the bytes
 * rendered to give their real size), the post with placeholders where an upload's id will go, an X
 * thread's replies and the first comment. Nothing is sent.
 */
export async function plannedRequests(
  post: PlannedPost,
  payload: PublishPayload,
  channel: ResolvedChannel,
  build: (payload: PublishPayload) => BuiltRequest,
  /** the comment request with its token redacted, on a network that comments under posts */
  buildComment: (postId: string, text: string) => BuiltRequest | null,
): Promise<PlannedRequest[]> {
  const { publisher, accountId, accessToken } = channel;
  const auth = { accountId, accessToken };
  const out: PlannedRequest[] = [];
  const carousel = carouselMedia(post.platform, post.slides, post.brand);
  const images = [
    ...carousel.images.map((image, i) => ({ image, name: `slide ${i + 1}`, slide: true, n: i + 1 })),
    ...post.library.map((image, i) => ({ image, name: `image ${i + 1}`, slide: false, n: i + 1 })),
  ];
  let planned = payload;
  if (carousel.document && publisher.planUpload) {
    const { document } = carousel;
    const file = { ...auth, mimeType: "application/pdf", bytes: (await document.load()).length };
    const steps = publisher.planUpload("document", { ...file, detail: `${document.pages} pages` }, REDACT);
    out.push(...labeled(steps, msg("dryRun.pdfUpload"), msg("dryRun.pdfInit"), msg("dryRun.pdfBytes")));
    planned = { ...payload, document: { id: "<document URN from the answer above>", title: document.title } };
  } else if (postsPhotoWithText(post.platform, images.length)) {
    const { image } = images[0];
    planned = { ...payload, photo: { bytes: await image.load(), mimeType: image.mimeType } };
  } else if (images.length > 0 && publisher.planUpload) {
    for (const { image, slide, n } of images) {
      const file = { ...auth, mimeType: image.mimeType, bytes: (await image.load()).length };
      const label = slide
        ? msg("dryRun.uploadSlide", { n, total: images.length })
        : msg("dryRun.uploadImage", { n, total: images.length });
      out.push(
        ...labeled(publisher.planUpload("image", file, REDACT), label, label, msg("dryRun.uploadImageBytes", { n })),
      );
    }
    planned = { ...payload, mediaIds: images.map(({ name }) => `<media id of ${name}>`) };
  }
  out.push({ label: msg("dryRun.post"), ...build(planned) });
  const thread = post.platform === "x" && post.parts.length > 1;
  if (thread) {
    post.parts.slice(1).forEach((text, i) => {
      const reply = { network: payload.network, text, link: null, replyTo: `<id of part ${i + 1}>` };
      out.push({ label: msg("dryRun.part", { n: i + 2, total: post.parts.length }), ...build(reply) });
    });
  }
  const comment = post.firstComment?.trim();
  if (comment) {
    // On X the first comment replies to the thread's last part; elsewhere it goes under the post.
    const request =
      post.platform === "x"
        ? build({
            network: payload.network,
            text: comment,
            link: null,
            replyTo: thread ? `<id of part ${post.parts.length}>` : "<id of the post>",
          })
        : buildComment("<id of the post>", comment);
    if (request) out.push({ label: msg("dryRun.comment"), ...request });
  }
  return out;
}
