import { classifyX } from "./classify";
import { bearer, trimSlash, type AdapterConfig } from "@/lib/networks/http/adapter-config";
import { rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send } from "@/lib/networks/http/send";
import {
  describeFile,
  type BuiltRequest,
  type DescribedUpload,
  type UploadImageRequest,
  type UploadResult,
} from "@/lib/networks/publisher";

/** POST /2/media/upload (multipart: media, media_category=tweet_image, media_type); answers data.id. */
export async function uploadXImage(cfg: AdapterConfig, req: UploadImageRequest): Promise<UploadResult> {
  const form = new FormData();
  form.set("media", new Blob([Buffer.from(req.bytes)], { type: req.mimeType }), "image");
  form.set("media_category", "tweet_image");
  form.set("media_type", req.mimeType);
  const res = await send(
    cfg.fetchImpl,
    {
      method: "POST",
      url: `${trimSlash(cfg.baseUrl)}/2/media/upload`,
      headers: { Authorization: bearer(req.accessToken) },
      body: form,
    },
    { timeoutMs: cfg.timeoutMs, signal: req.signal },
  );
  if (res.kind === "transport") return transportFailure(res);
  const raw = rawExcerpt(res.status, res.text);
  if (res.status === 200 || res.status === 201) {
    const id = (parseJson(res.text) as { data?: { id?: unknown } } | undefined)?.data?.id;
    if (typeof id === "string") return { ok: true, mediaId: id, raw };
  }
  if (res.status < 300)
    return {
      ok: false,
      failureClass: "retryable",
      message: "X answered without a media id",
      httpStatus: res.status,
      raw,
    };
  return classifyX(res, cfg.now());
}

/** What uploadXImage sends, for dry runs: the multipart form with its file described by type and size. */
export function buildXUploadRequest(
  cfg: AdapterConfig,
  file: DescribedUpload,
  opts?: { redactToken?: boolean },
): BuiltRequest {
  return {
    method: "POST",
    url: `${trimSlash(cfg.baseUrl)}/2/media/upload`,
    headers: { Authorization: bearer(file.accessToken, opts?.redactToken), "Content-Type": "multipart/form-data" },
    body: `media=${describeFile(file)}&media_category=tweet_image&media_type=${file.mimeType}`,
  };
}
