import { classifyX } from "./classify";
import { bearer, trimSlash, type AdapterConfig } from "@/lib/networks/http/adapter-config";
import { sendRemove } from "@/lib/networks/http/remove";
import { inlineLink } from "@/lib/networks/inline-link";
import { lookupError, rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send } from "@/lib/networks/http/send";
import { buildXUploadRequest, uploadXImage } from "./upload-image";
import type {
  UploadImageRequest,
  UploadResult,
  BuiltRequest,
  DescribedUpload,
  FindRecentRequest,
  Publisher,
  PublishRequest,
  PublishResult,
  RemotePost,
  RemoveRequest,
  RemoveResult,
} from "@/lib/networks/publisher";

interface ListedTweet {
  id?: string;
  text?: string;
  created_at?: string;
  referenced_tweets?: { type?: string; id?: string }[];
}

function xPostUrl(id: string): string {
  return `https://x.com/i/web/status/${id}`;
}

/** X wants RFC 3339 without fractional seconds in start_time. */
function xTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export class XPublisher implements Publisher {
  readonly network = "x" as const;
  constructor(private readonly cfg: AdapterConfig) {}

  buildRequest(req: PublishRequest, opts?: { redactToken?: boolean }): BuiltRequest {
    return {
      method: "POST",
      url: `${trimSlash(this.cfg.baseUrl)}/2/tweets`,
      headers: { Authorization: bearer(req.accessToken, opts?.redactToken), "Content-Type": "application/json" },
      body: JSON.stringify({
        text: inlineLink(req.payload.text, req.payload.link),
        ...(req.payload.replyTo ? { reply: { in_reply_to_tweet_id: req.payload.replyTo } } : {}),
        ...(req.payload.mediaIds?.length ? { media: { media_ids: req.payload.mediaIds } } : {}),
      }),
    };
  }

  async publish(req: PublishRequest): Promise<PublishResult> {
    const res = await send(this.cfg.fetchImpl, this.buildRequest(req), {
      timeoutMs: this.cfg.timeoutMs,
      signal: req.signal,
    });
    if (res.kind === "transport") return transportFailure(res);
    const raw = rawExcerpt(res.status, res.text);
    if (res.status === 201 || res.status === 200) {
      const id = (parseJson(res.text) as { data?: { id?: unknown } } | undefined)?.data?.id;
      if (typeof id === "string")
        return { ok: true, remoteId: id, remoteUrl: xPostUrl(id), httpStatus: res.status, raw };
      return {
        ok: false,
        failureClass: "retryable",
        outcomeUnknown: true,
        message: `X answered ${res.status} without a post id`,
        httpStatus: res.status,
        raw,
      };
    }
    return classifyX(res, this.cfg.now());
  }

  uploadImage(req: UploadImageRequest): Promise<UploadResult> {
    return uploadXImage(this.cfg, req);
  }

  /** DELETE /2/tweets/{id}: a reply on X is a post of the account's. */
  remove(req: RemoveRequest): Promise<RemoveResult> {
    const url = `${trimSlash(this.cfg.baseUrl)}/2/tweets/${encodeURIComponent(req.remoteId)}`;
    const headers = { Authorization: bearer(req.accessToken) };
    return sendRemove(this.cfg, { method: "DELETE", url, headers, body: "" }, classifyX, { signal: req.signal });
  }

  planUpload(_kind: "image" | "document", file: DescribedUpload, opts?: { redactToken?: boolean }): BuiltRequest[] {
    return [buildXUploadRequest(this.cfg, file, opts)];
  }

  async findRecent(req: FindRecentRequest): Promise<RemotePost[]> {
    const max = Math.min(100, Math.max(5, req.limit ?? 50));
    const q = new URLSearchParams({ max_results: String(max), "tweet.fields": "created_at,referenced_tweets" });
    if (req.since) q.set("start_time", xTime(req.since));
    const url = `${trimSlash(this.cfg.baseUrl)}/2/users/${encodeURIComponent(req.accountId)}/tweets?${q}`;
    const res = await send(
      this.cfg.fetchImpl,
      { method: "GET", url, headers: { Authorization: bearer(req.accessToken) }, body: "" },
      { timeoutMs: this.cfg.timeoutMs, signal: req.signal },
    );
    if (res.kind === "transport") throw lookupError(transportFailure(res));
    if (res.status !== 200) throw lookupError(classifyX(res, this.cfg.now()));
    const body = parseJson(res.text) as { data?: ListedTweet[] } | undefined;
    return (body?.data ?? [])
      .filter((t): t is ListedTweet & { id: string } => typeof t.id === "string")
      .map((t) => {
        const ms = t.created_at ? Date.parse(t.created_at) : NaN;
        const parent = Array.isArray(t.referenced_tweets)
          ? t.referenced_tweets.find((r) => r?.type === "replied_to")
          : undefined;
        return {
          remoteId: t.id,
          remoteUrl: xPostUrl(t.id),
          text: t.text ?? "",
          createdAt: Number.isNaN(ms) ? null : new Date(ms),
          // X leaves out referenced_tweets on a tweet that references nothing
          replyTo: typeof parent?.id === "string" ? parent.id : null,
        };
      });
  }
}
