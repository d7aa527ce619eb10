import { classifyFacebook } from "./classify";
import { bearer } from "@/lib/networks/http/adapter-config";
import { rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send } from "@/lib/networks/http/send";
import {
  describeFile,
  type BuiltRequest,
  type DescribedUpload,
  type PublishRequest,
  type PublishResult,
  type UploadImageRequest,
  type UploadResult,
} from "@/lib/networks/publisher";
import type { FacebookConfig } from "./publish";

/** A lone photo goes out with its text in one /photos request; several are uploaded unpublished first. */
export const postsPhotoWithText = (network: string, photos: number) => network === "facebook" && photos === 1;

/** A photo posted with its text, or uploaded unpublished to be attached to a /feed post. */
const withText = (text: string) => ({ message: text, published: "true" });
const UNPUBLISHED = { published: "false" };

const photosUrl = (base: string, accountId: string) => `${base}/${encodeURIComponent(accountId)}/photos`;

/** What a /photos request sends, for dry runs: the form with the photo described, not shown. */
function describePhotoRequest(
  base: string,
  file: DescribedUpload,
  fields: Record<string, string>,
  redact?: boolean,
): BuiltRequest {
  return {
    method: "POST",
    url: photosUrl(base, file.accountId),
    headers: { Authorization: bearer(file.accessToken, redact), "Content-Type": "multipart/form-data" },
    body: `source=${describeFile(file)}&${new URLSearchParams(fields)}`,
  };
}

export const planPhotoUpload = (base: string, file: DescribedUpload, redact?: boolean) =>
  describePhotoRequest(base, file, UNPUBLISHED, redact);

/** The single-photo post publishFacebookPhoto sends, for dry runs. */
export function buildPhotoPostRequest(base: string, req: PublishRequest, redact?: boolean): BuiltRequest {
  const photo = req.payload.photo!;
  const file = {
    accountId: req.accountId,
    accessToken: req.accessToken,
    mimeType: photo.mimeType,
    bytes: photo.bytes.length,
  };
  return describePhotoRequest(base, file, withText(req.payload.text), redact);
}

function photoForm(bytes: Uint8Array, mimeType: string, fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set("source", new Blob([Buffer.from(bytes)], { type: mimeType }), "photo");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

const postPhoto = (
  cfg: FacebookConfig,
  base: string,
  accountId: string,
  token: string,
  form: FormData,
  signal?: AbortSignal,
) =>
  send(
    cfg.fetchImpl,
    {
      method: "POST",
      url: photosUrl(base, accountId),
      headers: { Authorization: bearer(token) },
      body: form,
    },
    { timeoutMs: cfg.timeoutMs, signal },
  );

/** One photo with its text: POST /{page}/photos (multipart source, message); the post is `post_id`. */
export async function publishFacebookPhoto(
  cfg: FacebookConfig,
  base: string,
  req: PublishRequest,
): Promise<PublishResult> {
  const photo = req.payload.photo!;
  const res = await postPhoto(
    cfg,
    base,
    req.accountId,
    req.accessToken,
    photoForm(photo.bytes, photo.mimeType, withText(req.payload.text)),
    req.signal,
  );
  if (res.kind === "transport") return transportFailure(res);
  const raw = rawExcerpt(res.status, res.text);
  if (res.status !== 200) return classifyFacebook(res, cfg.now());
  const body = parseJson(res.text) as { id?: unknown; post_id?: unknown } | undefined;
  if (typeof body?.post_id === "string")
    return {
      ok: true,
      remoteId: body.post_id,
      remoteUrl: `https://www.facebook.com/${body.post_id}`,
      httpStatus: 200,
      raw,
    };
  return {
    ok: false,
    failureClass: "retryable",
    outcomeUnknown: true,
    message: "Facebook answered without a post id",
    httpStatus: 200,
    raw,
  };
}

/** One of several photos: uploaded unpublished, then attached to a /feed post with attached_media. */
export async function uploadFacebookPhoto(
  cfg: FacebookConfig,
  base: string,
  req: UploadImageRequest,
): Promise<UploadResult> {
  const res = await postPhoto(
    cfg,
    base,
    req.accountId,
    req.accessToken,
    photoForm(req.bytes, req.mimeType, UNPUBLISHED),
    req.signal,
  );
  if (res.kind === "transport") return transportFailure(res);
  const raw = rawExcerpt(res.status, res.text);
  if (res.status !== 200) return classifyFacebook(res, cfg.now());
  const id = (parseJson(res.text) as { id?: unknown } | undefined)?.id;
  if (typeof id === "string") return { ok: true, mediaId: id, raw };
  return {
    ok: false,
    failureClass: "retryable",
    message: "Facebook answered without a photo id",
    httpStatus: 200,
    raw,
  };
}
