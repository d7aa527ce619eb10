import { createHash } from "node:crypto";
import { inlineLink } from "@/lib/networks/inline-link";
import {
  describeFile,
  type BuiltRequest,
  type CommentRequest,
  type DescribedUpload,
  type FindRecentRequest,
  type Publisher,
  type PublishRequest,
  type PublishResult,
  type RemotePost,
  type UploadImageRequest,
  type UploadResult,
} from "@/lib/networks/publisher";

/**
 * Publishes nowhere: for brands without a live connection (the demo). The id is derived from the
 * account and what was sent (the post's content hash, its text and the post it replies to), so sending
 * the same post twice yields the same id, like an idempotent network would, while each part of a thread
 * and each comment gets its own. Posts and comments are remembered in this process only, for
 * reconciliation within a run.
 */
const published = new Map<string, RemotePost[]>();
const comments = new Map<string, RemotePost[]>();

export function sandboxRemoteId(...parts: string[]): string {
  return `sandbox_${createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 12)}`;
}

function remember(store: Map<string, RemotePost[]>, key: string, post: RemotePost): void {
  const list = store.get(key) ?? [];
  if (!list.some((p) => p.remoteId === post.remoteId)) list.unshift(post);
  store.set(key, list);
}

export class SandboxPublisher implements Publisher {
  readonly network = "sandbox" as const;
  constructor(private readonly now: () => Date = () => new Date()) {}

  buildRequest(req: PublishRequest): BuiltRequest {
    return {
      method: "POST",
      url: `sandbox://${encodeURIComponent(req.accountId)}/posts`,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        network: req.payload.network,
        text: inlineLink(req.payload.text, req.payload.link),
        link: req.payload.link ?? null,
        ...(req.payload.replyTo ? { reply_to: req.payload.replyTo } : {}),
      }),
    };
  }

  async publish(req: PublishRequest): Promise<PublishResult> {
    const text = inlineLink(req.payload.text, req.payload.link);
    const replyTo = req.payload.replyTo ?? null;
    const remoteId = sandboxRemoteId(req.accountId, req.contentHash, replyTo ?? "", text);
    remember(published, req.accountId, { remoteId, remoteUrl: null, text, createdAt: this.now(), replyTo });
    const raw = JSON.stringify({ sandbox: true, id: remoteId, network: req.payload.network });
    return { ok: true, remoteId, remoteUrl: null, httpStatus: 201, raw: `SANDBOX 201\n${raw}` };
  }

  buildComment(req: Omit<CommentRequest, "signal">): BuiltRequest {
    return {
      method: "POST",
      url: `sandbox://${encodeURIComponent(req.accountId)}/posts/${encodeURIComponent(req.postId)}/comments`,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: req.text }),
    };
  }

  async comment(req: CommentRequest): Promise<PublishResult> {
    const remoteId = sandboxRemoteId(req.accountId, "comment", req.postId, req.text);
    remember(comments, req.postId, { remoteId, remoteUrl: null, text: req.text, createdAt: this.now() });
    const raw = JSON.stringify({ sandbox: true, id: remoteId, comment_on: req.postId });
    return { ok: true, remoteId, remoteUrl: null, httpStatus: 201, raw: `SANDBOX 201\n${raw}` };
  }

  async findComments(req: Omit<CommentRequest, "text">): Promise<RemotePost[]> {
    return (comments.get(req.postId) ?? []).map((p) => ({ ...p }));
  }

  /**
   * Uploads nowhere either, so a demo brand's images and generated carousels publish like its text posts;
   * the id names the bytes, as a content-addressed store would.
   */
  async uploadImage(req: UploadImageRequest): Promise<UploadResult> {
    return sandboxUpload("media", req);
  }

  async uploadDocument(req: UploadImageRequest): Promise<UploadResult> {
    return sandboxUpload("document", req);
  }

  /** One request per upload, like uploadImage and uploadDocument: the bytes are described, not shown. */
  planUpload(kind: "image" | "document", file: DescribedUpload): BuiltRequest[] {
    return [
      {
        method: "POST",
        url: `sandbox://${encodeURIComponent(file.accountId)}/${kind === "document" ? "documents" : "media"}`,
        headers: { "Content-Type": file.mimeType },
        body: describeFile(file),
      },
    ];
  }

  async findRecent(req: FindRecentRequest): Promise<RemotePost[]> {
    const list = published.get(req.accountId) ?? [];
    return list
      .filter((p) => !req.since || !p.createdAt || p.createdAt.getTime() >= req.since.getTime())
      .slice(0, req.limit ?? 100)
      .map((p) => ({ ...p }));
  }
}

function sandboxUpload(kind: "media" | "document", req: UploadImageRequest): UploadResult {
  const mediaId = `sandbox_${kind}_${createHash("sha256").update(req.bytes).digest("hex").slice(0, 12)}`;
  return {
    ok: true,
    mediaId,
    raw: `SANDBOX 201\n${JSON.stringify({ sandbox: true, id: mediaId, bytes: req.bytes.length })}`,
  };
}
