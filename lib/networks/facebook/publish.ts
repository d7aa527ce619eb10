import { classifyFacebook } from "./classify";
import { bearer, trimSlash, type AdapterConfig } from "@/lib/networks/http/adapter-config";
import { sendEdit, sendRemove } from "@/lib/networks/http/remove";
import { lookupError, rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send, type HttpAnswer } from "@/lib/networks/http/send";
import { commentOnFacebook, facebookCommentRequest, findFacebookComments } from "./comment";
import { buildPhotoPostRequest, planPhotoUpload, publishFacebookPhoto, uploadFacebookPhoto } from "./photos";
import type {
  BuiltRequest,
  CommentRequest,
  DescribedUpload,
  UploadImageRequest,
  UploadResult,
  FindRecentRequest,
  Publisher,
  PublishRequest,
  PublishResult,
  RemotePost,
  EditRequest,
  EditResult,
  RemoveRequest,
  RemoveResult,
} from "@/lib/networks/publisher";

export const DEFAULT_FACEBOOK_VERSION = "v23.0";

/** "23.0" and "v23.0" both mean v23.0. */
export function facebookVersion(v: string): string {
  const t = v.trim();
  return t.startsWith("v") ? t : `v${t}`;
}

function facebookPostUrl(id: string): string {
  return `https://www.facebook.com/${id}`;
}

/** Graph dates look like 2025-01-31T09:00:00+0000. */
function parseGraphDate(s: unknown): Date | null {
  if (typeof s !== "string") return null;
  const ms = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(ms) ? null : new Date(ms);
}

export interface FacebookConfig extends AdapterConfig {
  version: string;
}

export class FacebookPublisher implements Publisher {
  readonly network = "facebook" as const;
  constructor(private readonly cfg: FacebookConfig) {}

  private base(): string {
    return `${trimSlash(this.cfg.baseUrl)}/${facebookVersion(this.cfg.version)}`;
  }

  buildRequest(req: PublishRequest, opts?: { redactToken?: boolean }): BuiltRequest {
    if (req.payload.photo) return buildPhotoPostRequest(this.base(), req, opts?.redactToken);
    const form = new URLSearchParams({ message: req.payload.text });
    if (req.payload.link) form.set("link", req.payload.link);
    // Several photos, uploaded unpublished first, go out with the text as one multi-photo post.
    req.payload.mediaIds?.forEach((id, i) => form.set(`attached_media[${i}]`, JSON.stringify({ media_fbid: id })));
    form.set("published", "true");
    return {
      method: "POST",
      url: `${this.base()}/${encodeURIComponent(req.accountId)}/feed`,
      // The token travels in the header, never in the URL, so it stays out of access logs.
      headers: {
        Authorization: bearer(req.accessToken, opts?.redactToken),
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: form.toString(),
    };
  }

  async publish(req: PublishRequest): Promise<PublishResult> {
    if (req.payload.photo) return publishFacebookPhoto(this.cfg, this.base(), req);
    const res = await send(this.cfg.fetchImpl, this.buildRequest(req), {
      timeoutMs: this.cfg.timeoutMs,
      signal: req.signal,
    });
    if (res.kind === "transport") return transportFailure(res);
    const raw = rawExcerpt(res.status, res.text);
    if (res.status === 200) {
      const body = parseJson(res.text) as { id?: unknown; permalink_url?: unknown; error?: unknown } | undefined;
      if (body && typeof body.id === "string" && !body.error) {
        const url = typeof body.permalink_url === "string" ? body.permalink_url : facebookPostUrl(body.id);
        return { ok: true, remoteId: body.id, remoteUrl: url, httpStatus: res.status, raw };
      }
      // 200 without an id: the Page may have the post, so treat the outcome as unknown.
      return {
        ok: false,
        failureClass: "retryable",
        outcomeUnknown: true,
        message: "Facebook answered 200 without a post id",
        httpStatus: res.status,
        raw,
      };
    }
    return classifyFacebook(res, this.cfg.now());
  }

  uploadImage(req: UploadImageRequest): Promise<UploadResult> {
    return uploadFacebookPhoto(this.cfg, this.base(), req);
  }

  planUpload(_kind: "image" | "document", file: DescribedUpload, opts?: { redactToken?: boolean }): BuiltRequest[] {
    return [planPhotoUpload(this.base(), file, opts?.redactToken)];
  }

  buildComment(req: Omit<CommentRequest, "signal">, opts?: { redactToken?: boolean }): BuiltRequest {
    return facebookCommentRequest(this.base(), req, opts?.redactToken);
  }

  comment(req: CommentRequest): Promise<PublishResult> {
    return commentOnFacebook(this.cfg, this.base(), req);
  }

  findComments(req: Omit<CommentRequest, "text">): Promise<RemotePost[]> {
    return findFacebookComments(this.cfg, this.base(), req);
  }

  /** DELETE /{comment-id}: Graph answers {success: true}, and (#100) subcode 33 for an object already gone. */
  remove(req: RemoveRequest): Promise<RemoveResult> {
    const url = `${this.base()}/${encodeURIComponent(req.remoteId)}`;
    const headers = { Authorization: bearer(req.accessToken) };
    const gone = (a: HttpAnswer) => {
      const err = (parseJson(a.text) as { error?: { code?: number; error_subcode?: number } } | undefined)?.error;
      return a.status === 400 && err?.code === 100 && err.error_subcode === 33;
    };
    const request = { method: "DELETE", url, headers, body: "" };
    return sendRemove(this.cfg, request, classifyFacebook, { signal: req.signal, gone });
  }

  /** POST /{comment-id} with the new `message`: Graph answers {success: true}. */
  edit(req: EditRequest): Promise<EditResult> {
    const request = {
      method: "POST",
      url: `${this.base()}/${encodeURIComponent(req.remoteId)}`,
      headers: { Authorization: bearer(req.accessToken), "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ message: req.text }).toString(),
    };
    return sendEdit(this.cfg, request, classifyFacebook, { signal: req.signal });
  }

  async findRecent(req: FindRecentRequest): Promise<RemotePost[]> {
    const limit = Math.min(100, Math.max(1, req.limit ?? 50));
    const q = new URLSearchParams({ fields: "id,message,created_time", limit: String(limit) });
    if (req.since) q.set("since", String(Math.floor(req.since.getTime() / 1000)));
    const url = `${this.base()}/${encodeURIComponent(req.accountId)}/feed?${q}`;
    const res = await send(
      this.cfg.fetchImpl,
      { method: "GET", url, headers: { Authorization: bearer(req.accessToken) }, body: "" },
      { timeoutMs: this.cfg.timeoutMs, signal: req.signal },
    );
    if (res.kind === "transport") throw lookupError(transportFailure(res));
    if (res.status !== 200) throw lookupError(classifyFacebook(res, this.cfg.now()));
    const body = parseJson(res.text) as
      { data?: { id?: string; message?: string; created_time?: string }[] } | undefined;
    return (body?.data ?? [])
      .filter((p): p is { id: string; message?: string; created_time?: string } => typeof p.id === "string")
      .map((p) => ({
        remoteId: p.id,
        remoteUrl: facebookPostUrl(p.id),
        text: p.message ?? "",
        createdAt: parseGraphDate(p.created_time),
      }))
      .filter((p) => !req.since || !p.createdAt || p.createdAt.getTime() >= req.since.getTime());
  }
}
