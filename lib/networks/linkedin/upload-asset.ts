import { classifyLinkedIn } from "./classify";
import { bearer, trimSlash } from "@/lib/networks/http/adapter-config";
import { rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send } from "@/lib/networks/http/send";
import {
  describeFile,
  type BuiltRequest,
  type DescribedUpload,
  type UploadImageRequest,
  type UploadResult,
} from "@/lib/networks/publisher";
import type { LinkedInConfig } from "./publish";

/** Images and documents (PDF carousels) go through the same three steps; only the path and the URN field differ. */
export type LinkedInAsset = "image" | "document";

/** POST /rest/{images|documents}?action=initializeUpload {initializeUploadRequest:{owner}} */
function initializeUploadRequest(
  cfg: LinkedInConfig,
  headers: Record<string, string>,
  owner: string,
  asset: LinkedInAsset,
): BuiltRequest {
  return {
    method: "POST",
    url: `${trimSlash(cfg.baseUrl)}/rest/${asset}s?action=initializeUpload`,
    headers,
    body: JSON.stringify({ initializeUploadRequest: { owner } }),
  };
}

/** The two requests uploadLinkedInAsset sends, for dry runs: the bytes' URL comes from the first answer. */
export function planLinkedInUpload(
  cfg: LinkedInConfig,
  headers: Record<string, string>,
  owner: string,
  asset: LinkedInAsset,
  file: DescribedUpload,
): BuiltRequest[] {
  return [
    initializeUploadRequest(cfg, headers, owner, asset),
    {
      method: "PUT",
      url: "<uploadUrl from the answer above>",
      headers: { Authorization: headers.Authorization, "Content-Type": "application/octet-stream" },
      body: describeFile(file),
    },
  ];
}

/**
 * initializeUpload answers {value:{uploadUrl, image | document}}; the bytes are PUT to uploadUrl; the post
 * then names the URN in content.media.id.
 */
export async function uploadLinkedInAsset(
  cfg: LinkedInConfig,
  headers: (token: string) => Record<string, string>,
  owner: string,
  asset: LinkedInAsset,
  req: UploadImageRequest,
): Promise<UploadResult> {
  const init = await send(cfg.fetchImpl, initializeUploadRequest(cfg, headers(req.accessToken), owner, asset), {
    timeoutMs: cfg.timeoutMs,
    signal: req.signal,
  });
  if (init.kind === "transport") return transportFailure(init);
  const raw = rawExcerpt(init.status, init.text);
  if (init.status !== 200) return classifyLinkedIn(init, cfg.now());
  const value = (parseJson(init.text) as { value?: Record<string, unknown> } | undefined)?.value;
  const urn = value?.[asset];
  if (typeof value?.uploadUrl !== "string" || typeof urn !== "string")
    return { ok: false, failureClass: "retryable", message: "LinkedIn gave no upload URL", httpStatus: 200, raw };
  const put = await send(
    cfg.fetchImpl,
    {
      method: "PUT",
      url: value.uploadUrl,
      headers: { Authorization: bearer(req.accessToken), "Content-Type": "application/octet-stream" },
      body: new Uint8Array(req.bytes),
    },
    { timeoutMs: cfg.timeoutMs, signal: req.signal },
  );
  if (put.kind === "transport") return transportFailure(put);
  if (put.status !== 200 && put.status !== 201) return classifyLinkedIn(put, cfg.now());
  return { ok: true, mediaId: urn, raw };
}
