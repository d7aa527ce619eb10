import { classifyLinkedIn } from "./classify";
import { bearer, trimSlash } from "@/lib/networks/http/adapter-config";
import { rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send } from "@/lib/networks/http/send";
import type { UploadImageRequest, UploadResult } from "@/lib/networks/publisher";
import type { LinkedInConfig } from "./publish";

/**
 * Images API: POST /rest/images?action=initializeUpload {initializeUploadRequest:{owner}} answers
 * {value:{uploadUrl, image}}; the bytes are PUT to uploadUrl; the post then names the image URN.
 */
export async function uploadLinkedInImage(
  cfg: LinkedInConfig,
  headers: (token: string) => Record<string, string>,
  owner: string,
  req: UploadImageRequest,
): Promise<UploadResult> {
  const init = await send(
    cfg.fetchImpl,
    {
      method: "POST",
      url: `${trimSlash(cfg.baseUrl)}/rest/images?action=initializeUpload`,
      headers: headers(req.accessToken),
      body: JSON.stringify({ initializeUploadRequest: { owner } }),
    },
    { timeoutMs: cfg.timeoutMs, signal: req.signal },
  );
  if (init.kind === "transport") return transportFailure(init);
  const raw = rawExcerpt(init.status, init.text);
  if (init.status !== 200) return classifyLinkedIn(init, cfg.now());
  const value = (parseJson(init.text) as { value?: { uploadUrl?: unknown; image?: unknown } } | undefined)?.value;
  if (typeof value?.uploadUrl !== "string" || typeof value.image !== "string")
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
  return { ok: true, mediaId: value.image, raw };
}
