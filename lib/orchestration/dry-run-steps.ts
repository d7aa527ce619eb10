import { carouselMedia } from "@/lib/carousel/carousel-media";
import type { BrandColors } from "@/lib/carousel/slide-layout";
import type { BuiltRequest, PublishPayload } from "@/lib/networks/publisher";
import type { ResolvedChannel } from "./types";

export interface LabeledRequest extends BuiltRequest {
  /** which step of the post this request is ("Upload slide 2 of 5", "Post", "Part 3 of 3") */
  label: string;
}

interface PlannedPost {
  platform: string;
  slides: string[];
  parts: string[];
  brand: BrandColors;
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
    out.push({
      label: "Upload the carousel PDF: the bytes",
      method: "PUT",
      url: "<uploadUrl from the answer above>",
      headers: { Authorization: "Bearer [redacted]", "Content-Type": "application/octet-stream" },
      body: `<application/pdf, ${carousel.document.pages} pages, ${bytes} bytes>`,
    });
    planned = { ...payload, document: { id: "<document URN from the answer above>", title: carousel.document.title } };
  } else if (carousel.images.length && publisher.buildUploadRequest) {
    const n = carousel.images.length;
    for (const [i, image] of carousel.images.entries()) {
      const bytes = (await image.load()).length;
      const req = publisher.buildUploadRequest(
        "image",
        { ...auth, mimeType: image.mimeType, bytes },
        { redactToken: true },
      );
      out.push({ label: `Upload slide ${i + 1} of ${n} (unpublished photo)`, ...req });
    }
    planned = { ...payload, mediaIds: carousel.images.map((_, i) => `<photo id of slide ${i + 1}>`) };
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
