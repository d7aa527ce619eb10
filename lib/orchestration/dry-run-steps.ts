import { carouselMedia } from "@/lib/carousel/carousel-media";
import type { BrandColors } from "@/lib/carousel/slide-layout";
import type { BuiltRequest, PublishPayload } from "@/lib/networks/publisher";
import type { PostImage } from "@/lib/media/load-images";
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
  brand: BrandColors;
  /** the post's library images, sent after a carousel's slides */
  library: PostImage[];
}

/**
 * The requests a post in steps sends, in order, as a dry run shows them: carousel uploads (the bytes
 * rendered to give their real size), the post with placeholders where an upload's id will go, and an
 * X thread's replies. Nothing is sent.
 */
export async function plannedRequests(
  post: PlannedPost,
  payload: PublishPayload,
  channel: ResolvedChannel,
  build: (payload: PublishPayload) => BuiltRequest,
): Promise<PlannedRequest[]> {
  const { publisher, accountId, accessToken } = channel;
  const auth = { accountId, accessToken };
  const out: PlannedRequest[] = [];
  const carousel = carouselMedia(post.platform, post.slides, post.brand);
  let planned = payload;
  if (carousel.document && publisher.buildUploadRequest) {
    const bytes = (await carousel.document.load()).length;
    const init = publisher.buildUploadRequest(
      "document",
      { ...auth, mimeType: "application/pdf", bytes },
      {
        redactToken: true,
      },
    );
    // LinkedIn initializes the upload, then takes the bytes at the URL it answered; the sandbox takes them at once.
    if (publisher.network === "linkedin") {
      out.push({ label: msg("dryRun.pdfInit"), ...init });
      out.push(bytesPut(msg("dryRun.pdfBytes"), `application/pdf, ${carousel.document.pages} pages, ${bytes} bytes`));
    } else out.push({ label: msg("dryRun.pdfUpload"), ...init });
    planned = { ...payload, document: { id: "<document URN from the answer above>", title: carousel.document.title } };
  } else if (carousel.images.length + post.library.length > 0 && publisher.buildUploadRequest) {
    const slides = carousel.images.map((image, i) => ({ image, name: `slide ${i + 1}`, slide: true, n: i + 1 }));
    const library = post.library.map((image, i) => ({ image, name: `image ${i + 1}`, slide: false, n: i + 1 }));
    const images = [...slides, ...library];
    const described = async (image: PostImage) => ({
      ...auth,
      mimeType: image.mimeType,
      bytes: (await image.load()).length,
    });
    if (post.platform === "facebook" && images.length === 1) {
      // One photo goes out with its text in a single /photos request (see lib/networks/facebook/photos.ts);
      // the sandbox takes that post without the photo.
      if (publisher.network !== "facebook") {
        out.push({ label: msg("dryRun.post"), ...build(payload) });
        return out;
      }
      const req = publisher.buildUploadRequest("image", await described(images[0].image), { redactToken: true });
      const body = new URLSearchParams({ message: payload.text, published: "true" }).toString();
      out.push({ label: msg("dryRun.post"), ...req, body: `${req.body.replace(/&published=false$/, "")}&${body}` });
      return out;
    }
    for (const { image, slide, n } of images) {
      const info = await described(image);
      const req = publisher.buildUploadRequest("image", info, { redactToken: true });
      const total = images.length;
      out.push({
        label: slide ? msg("dryRun.uploadSlide", { n, total }) : msg("dryRun.uploadImage", { n, total }),
        ...req,
      });
      if (publisher.network === "linkedin")
        out.push(bytesPut(msg("dryRun.uploadImageBytes", { n }), `${info.mimeType}, ${info.bytes} bytes`));
    }
    planned = { ...payload, mediaIds: images.map(({ name }) => `<media id of ${name}>`) };
  }
  out.push({ label: msg("dryRun.post"), ...build(planned) });
  if (post.platform === "x" && post.parts.length > 1) {
    post.parts.slice(1).forEach((text, i) => {
      const reply = { network: payload.network, text, link: null, replyTo: `<id of part ${i + 1}>` };
      out.push({ label: msg("dryRun.part", { n: i + 2, total: post.parts.length }), ...build(reply) });
    });
  }
  return out;
}

/** LinkedIn's second upload step: the bytes PUT to the upload URL its initializeUpload answered. */
function bytesPut(label: Text, what: string): PlannedRequest {
  return {
    label,
    method: "PUT",
    url: "<uploadUrl from the answer above>",
    headers: { Authorization: "Bearer [redacted]", "Content-Type": "application/octet-stream" },
    body: `<${what}>`,
  };
}
