import { classifyFacebook } from "./classify";
import { bearer } from "@/lib/networks/http/adapter-config";
import { lookupError, rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send } from "@/lib/networks/http/send";
import type { BuiltRequest, CommentRequest, PublishResult, RemotePost } from "@/lib/networks/publisher";
import type { FacebookConfig } from "./publish";

/** POST /{post-id}/comments with `message`: what commentOnFacebook sends. */
export function facebookCommentRequest(
  base: string,
  req: Omit<CommentRequest, "signal">,
  redactToken?: boolean,
): BuiltRequest {
  return {
    method: "POST",
    url: `${base}/${encodeURIComponent(req.postId)}/comments`,
    headers: {
      Authorization: bearer(req.accessToken, redactToken),
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ message: req.text }).toString(),
  };
}

/** Comments under a post; Graph answers {id}. */
export async function commentOnFacebook(
  cfg: FacebookConfig,
  base: string,
  req: CommentRequest,
): Promise<PublishResult> {
  const res = await send(cfg.fetchImpl, facebookCommentRequest(base, req), {
    timeoutMs: cfg.timeoutMs,
    signal: req.signal,
  });
  if (res.kind === "transport") return transportFailure(res);
  const raw = rawExcerpt(res.status, res.text);
  if (res.status === 200) {
    const body = parseJson(res.text) as { id?: unknown } | undefined;
    if (typeof body?.id === "string") return { ok: true, remoteId: body.id, remoteUrl: null, httpStatus: 200, raw };
    return {
      ok: false,
      failureClass: "retryable",
      outcomeUnknown: true,
      message: "Facebook answered 200 without a comment id",
      httpStatus: 200,
      raw,
    };
  }
  return classifyFacebook(res, cfg.now());
}

export async function findFacebookComments(
  cfg: FacebookConfig,
  base: string,
  req: Omit<CommentRequest, "text">,
): Promise<RemotePost[]> {
  const q = new URLSearchParams({ fields: "id,message,created_time", limit: "100" });
  const res = await send(
    cfg.fetchImpl,
    {
      method: "GET",
      url: `${base}/${encodeURIComponent(req.postId)}/comments?${q}`,
      headers: { Authorization: bearer(req.accessToken) },
      body: "",
    },
    { timeoutMs: cfg.timeoutMs, signal: req.signal },
  );
  if (res.kind === "transport") throw lookupError(transportFailure(res));
  if (res.status !== 200) throw lookupError(classifyFacebook(res, cfg.now()));
  const body = parseJson(res.text) as { data?: { id?: string; message?: string }[] } | undefined;
  return (body?.data ?? []).flatMap((c) =>
    typeof c.id === "string" ? [{ remoteId: c.id, remoteUrl: null, text: c.message ?? "", createdAt: null }] : [],
  );
}
