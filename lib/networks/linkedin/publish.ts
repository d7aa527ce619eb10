import { classifyLinkedIn } from "./classify";
import { bearer, trimSlash, type AdapterConfig } from "@/lib/networks/http/adapter-config";
import { sendEdit, sendRemove } from "@/lib/networks/http/remove";
import { inlineLink } from "@/lib/networks/inline-link";
import { lookupError, rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send } from "@/lib/networks/http/send";
import {
  commentOnLinkedIn,
  findLinkedInComments,
  linkedInCommentRequest,
  linkedInEditCommentRequest,
  linkedInRemoveCommentRequest,
} from "./comment";
import { planLinkedInUpload, uploadLinkedInAsset } from "./upload-asset";
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

export const DEFAULT_LINKEDIN_VERSION = "202510";

/** LinkedIn's "little text" reserved characters; unescaped they are parsed as markup and the text is mangled or cut. */
const RESERVED = /[\\<>#~_|[\]*(){}@]/g;

export function escapeLinkedInText(text: string): string {
  return text.replace(RESERVED, (c) => `\\${c}`);
}

function unescapeLinkedInText(text: string): string {
  return text.replace(/\\([\\<>#~_|[\]*(){}@])/g, "$1");
}

/** A bare id is taken as an organization, the usual target of a brand's posts. */
export function linkedInAuthorUrn(accountId: string): string {
  const id = accountId.trim();
  return id.startsWith("urn:li:") ? id : `urn:li:organization:${id}`;
}

function linkedInPostUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}

export interface LinkedInConfig extends AdapterConfig {
  version: string;
}

export class LinkedInPublisher implements Publisher {
  readonly network = "linkedin" as const;
  constructor(private readonly cfg: LinkedInConfig) {}

  headers(token: string, redact?: boolean): Record<string, string> {
    return {
      Authorization: bearer(token, redact),
      "LinkedIn-Version": this.cfg.version,
      "X-Restli-Protocol-Version": "2.0.0",
      "Content-Type": "application/json",
    };
  }

  buildRequest(req: PublishRequest, opts?: { redactToken?: boolean }): BuiltRequest {
    const body = {
      author: linkedInAuthorUrn(req.accountId),
      commentary: escapeLinkedInText(inlineLink(req.payload.text, req.payload.link)),
      visibility: "PUBLIC",
      distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: "PUBLISHED",
      isReshareDisabledByAuthor: false,
      ...(req.payload.document
        ? { content: { media: { id: req.payload.document.id, title: req.payload.document.title } } }
        : req.payload.mediaIds?.length
          ? { content: { media: { id: req.payload.mediaIds[0] } } }
          : {}),
    };
    return {
      method: "POST",
      url: `${trimSlash(this.cfg.baseUrl)}/rest/posts`,
      headers: this.headers(req.accessToken, opts?.redactToken),
      body: JSON.stringify(body),
    };
  }

  async publish(req: PublishRequest): Promise<PublishResult> {
    const res = await send(this.cfg.fetchImpl, this.buildRequest(req), {
      timeoutMs: this.cfg.timeoutMs,
      signal: req.signal,
    });
    if (res.kind === "transport") return transportFailure(res);
    const raw = rawExcerpt(res.status, `x-restli-id: ${res.headers.get("x-restli-id") ?? "-"}\n${res.text}`);
    if (res.status === 201 || res.status === 200) {
      // The URN is only in the header; the body is empty.
      const urn = res.headers.get("x-restli-id") ?? res.headers.get("x-linkedin-id");
      if (!urn) {
        return {
          ok: false,
          failureClass: "already_published",
          message: "LinkedIn accepted the post but sent no x-restli-id",
          httpStatus: res.status,
          raw,
        };
      }
      return { ok: true, remoteId: urn, remoteUrl: linkedInPostUrl(urn), httpStatus: res.status, raw };
    }
    return classifyLinkedIn(res, this.cfg.now());
  }

  uploadImage(req: UploadImageRequest): Promise<UploadResult> {
    return uploadLinkedInAsset(this.cfg, (t) => this.headers(t), linkedInAuthorUrn(req.accountId), "image", req);
  }

  uploadDocument(req: UploadImageRequest): Promise<UploadResult> {
    return uploadLinkedInAsset(this.cfg, (t) => this.headers(t), linkedInAuthorUrn(req.accountId), "document", req);
  }

  planUpload(kind: "image" | "document", file: DescribedUpload, opts?: { redactToken?: boolean }): BuiltRequest[] {
    const headers = this.headers(file.accessToken, opts?.redactToken);
    return planLinkedInUpload(this.cfg, headers, linkedInAuthorUrn(file.accountId), kind, file);
  }

  buildComment(req: Omit<CommentRequest, "signal">, opts?: { redactToken?: boolean }): BuiltRequest {
    const headers = this.headers(req.accessToken, opts?.redactToken);
    return linkedInCommentRequest(this.cfg, headers, linkedInAuthorUrn(req.accountId), req);
  }

  comment(req: CommentRequest): Promise<PublishResult> {
    return commentOnLinkedIn(this.cfg, (t) => this.headers(t), linkedInAuthorUrn(req.accountId), req);
  }

  findComments(req: Omit<CommentRequest, "text">): Promise<RemotePost[]> {
    return findLinkedInComments(this.cfg, (t) => this.headers(t), req);
  }

  remove(req: RemoveRequest): Promise<RemoveResult> {
    const headers = this.headers(req.accessToken);
    delete headers["Content-Type"];
    const request = linkedInRemoveCommentRequest(this.cfg, headers, linkedInAuthorUrn(req.accountId), req);
    return sendRemove(this.cfg, request, classifyLinkedIn, { signal: req.signal });
  }

  edit(req: EditRequest): Promise<EditResult> {
    const request = linkedInEditCommentRequest(
      this.cfg,
      this.headers(req.accessToken),
      linkedInAuthorUrn(req.accountId),
      req,
    );
    return sendEdit(this.cfg, request, classifyLinkedIn, { signal: req.signal });
  }

  async findRecent(req: FindRecentRequest): Promise<RemotePost[]> {
    const count = Math.min(100, Math.max(1, req.limit ?? 50));
    const author = encodeURIComponent(linkedInAuthorUrn(req.accountId));
    const url = `${trimSlash(this.cfg.baseUrl)}/rest/posts?author=${author}&q=author&count=${count}&sortBy=LAST_MODIFIED`;
    const headers = this.headers(req.accessToken);
    delete headers["Content-Type"];
    const res = await send(
      this.cfg.fetchImpl,
      { method: "GET", url, headers, body: "" },
      { timeoutMs: this.cfg.timeoutMs, signal: req.signal },
    );
    if (res.kind === "transport") throw lookupError(transportFailure(res));
    if (res.status !== 200) throw lookupError(classifyLinkedIn(res, this.cfg.now()));
    const body = parseJson(res.text) as
      { elements?: { id?: string; commentary?: string; createdAt?: number; publishedAt?: number }[] } | undefined;
    const posts = (body?.elements ?? [])
      .filter(
        (e): e is { id: string; commentary?: string; createdAt?: number; publishedAt?: number } =>
          typeof e.id === "string",
      )
      .map((e) => {
        const ms = e.publishedAt ?? e.createdAt;
        return {
          remoteId: e.id,
          remoteUrl: linkedInPostUrl(e.id),
          text: unescapeLinkedInText(e.commentary ?? ""),
          createdAt: typeof ms === "number" ? new Date(ms) : null,
        };
      });
    // sortBy=LAST_MODIFIED is not creation order, and an edit can bring an old post back to the top.
    return posts
      .filter((p) => !req.since || !p.createdAt || p.createdAt.getTime() >= req.since.getTime())
      .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  }
}
