import { carouselMedia } from "@/lib/carousel/carousel-media";
import type { BrandColors } from "@/lib/carousel/slide-layout";
import type { BuiltRequest, PublishPayload } from "@/lib/networks/publisher";
import type { PostImage } from "@/lib/media/load-images";
import type { ResolvedChannel } from "./types";

export interface LabeledRequest extends BuiltRequest {
  /** which step of the post this request is ("Upload slide 2 (5 in all)", "Post", "Part 3 of 3") */
  label: string;
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
): Promise<LabeledRequest[]> {
  const { publisher, accountId, accessToken } = channel;
  const auth = { accountId, accessToken };
  const out: LabeledRequest[] = [];
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
    out.push({ label: "Upload the carousel PDF: initialize", ...init });
    out.push(
      bytesPut(
        "Upload the carousel PDF: the bytes",
        `application/pdf, ${carousel.document.pages} pages, ${bytes} bytes`,
      ),
    );
    planned = { ...payload, document: { id: "<document URN from the answer above>", title: carousel.document.title } };
  } else if (carousel.images.length + post.library.length > 0 && publisher.buildUploadRequest) {
    const slides = carousel.images.map((image, i) => ({ image, name: `slide ${i + 1}` }));
    const library = post.library.map((image, i) => ({ image, name: `image ${i + 1}` }));
    const images = [...slides, ...library];
    const described = async (image: PostImage) => ({
      ...auth,
      mimeType: image.mimeType,
      bytes: (await image.load()).length,
    });
    if (post.platform === "facebook" && images.length === 1) {
      // One photo goes out with its text in a single /photos request (see lib/networks/facebook/photos.ts).
      const req = publisher.buildUploadRequest("image", await described(images[0].image), { redactToken: true });
      const body = new URLSearchParams({ message: payload.text, published: "true" }).toString();
      out.push({ label: "Post", ...req, body: `${req.body.replace(/&published=false$/, "")}&${body}` });
      return out;
    }
    for (const { image, name } of images) {
      const info = await described(image);
      const req = publisher.buildUploadRequest("image", info, { redactToken: true });
      out.push({ label: `Upload ${name} (${images.length} in all)`, ...req });
      if (post.platform === "linkedin")
        out.push(bytesPut(`Upload ${name}: the bytes`, `${info.mimeType}, ${info.bytes} bytes`));
    }
    planned = { ...payload, mediaIds: images.map(({ name }) => `<media id of ${name}>`) };
  }
  out.push({ label: "Post", ...build(planned) });
  if (post.platform === "x" && post.parts.length > 1) {
    post.parts.slice(1).forEach((text, i) => {
      const reply = { network: payload.network, text, link: null, replyTo: `<id of part ${i + 1}>` };
      out.push({ label: `Part ${i + 2} of ${post.parts.length}`, ...build(reply) });
    });
  }
  return out;
}

/** LinkedIn's second upload step: the bytes PUT to the upload URL its initializeUpload answered. */
function bytesPut(label: string, what: string): LabeledRequest {
  return {
    label,
    method: "PUT",
    url: "<uploadUrl from the answer above>",
    headers: { Authorization: "Bearer [redacted]", "Content-Type": "application/octet-stream" },
    body: `<${what}>`,
  };
}
