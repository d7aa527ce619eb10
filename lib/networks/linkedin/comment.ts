import { classifyLinkedIn } from "./classify";
import { trimSlash } from "@/lib/networks/http/adapter-config";
import { lookupError, rawExcerpt, transportFailure } from "@/lib/networks/http/failures";
import { parseJson, send } from "@/lib/networks/http/send";
import type {
  BuiltRequest,
  CommentRequest,
  EditRequest,
  PublishResult,
  RemotePost,
  RemoveRequest,
} from "@/lib/networks/publisher";
import type { LinkedInConfig } from "./publish";

type Headers = (token: string) => Record<string, string>;

const commentsUrl = (cfg: LinkedInConfig, postUrn: string) =>
  `${trimSlash(cfg.baseUrl)}/rest/socialActions/${encodeURIComponent(postUrn)}/comments`;

/**
 * POST /rest/socialActions/{urn}/comments {actor, object, message:{text}}: what commentOnLinkedIn sends. A reply
 * to a comment goes to the comment's own socialActions, still naming the post as its object.
 */
export function linkedInCommentRequest(
  cfg: LinkedInConfig,
  headers: Record<string, string>,
  actor: string,
  req: Omit<CommentRequest, "accessToken" | "signal">,
): BuiltRequest {
  return {
    method: "POST",
    url: commentsUrl(cfg, req.parentId ?? req.postId),
    headers,
    body: JSON.stringify({
      actor,
      object: req.postId,
      ...(req.parentId ? { parentComment: req.parentId } : {}),
      message: { text: req.text },
    }),
  };
}

/** Comments under a post; the comment URN comes back in x-restli-id. */
export async function commentOnLinkedIn(
  cfg: LinkedInConfig,
  headers: Headers,
  actor: string,
  req: CommentRequest,
): Promise<PublishResult> {
  const res = await send(cfg.fetchImpl, linkedInCommentRequest(cfg, headers(req.accessToken), actor, req), {
    timeoutMs: cfg.timeoutMs,
    signal: req.signal,
  });
  if (res.kind === "transport") return transportFailure(res);
  const raw = rawExcerpt(res.status, res.text);
  if (res.status === 201 || res.status === 200) {
    const body = parseJson(res.text) as { $URN?: unknown; id?: unknown } | undefined;
    const id = res.headers.get("x-restli-id") ?? (typeof body?.$URN === "string" ? body.$URN : null) ?? body?.id;
    if (typeof id === "string") return { ok: true, remoteId: id, remoteUrl: null, httpStatus: res.status, raw };
    return {
      ok: false,
      failureClass: "retryable",
      outcomeUnknown: true,
      message: `LinkedIn answered ${res.status} without a comment id`,
      httpStatus: res.status,
      raw,
    };
  }
  return classifyLinkedIn(res, cfg.now());
}

export async function findLinkedInComments(
  cfg: LinkedInConfig,
  headers: Headers,
  req: Omit<CommentRequest, "text">,
): Promise<RemotePost[]> {
  const h = headers(req.accessToken);
  delete h["Content-Type"];
  const res = await send(
    cfg.fetchImpl,
    { method: "GET", url: commentsUrl(cfg, req.parentId ?? req.postId), headers: h, body: "" },
    { timeoutMs: cfg.timeoutMs, signal: req.signal },
  );
  if (res.kind === "transport") throw lookupError(transportFailure(res));
  if (res.status !== 200) throw lookupError(classifyLinkedIn(res, cfg.now()));
  const body = parseJson(res.text) as
    | { elements?: { $URN?: string; id?: string; message?: { text?: string }; created?: { time?: number } }[] }
    | undefined;
  return (body?.elements ?? []).flatMap((e) => {
    const id = e.$URN ?? e.id;
    if (typeof id !== "string") return [];
    const ms = e.created?.time;
    return [{ remoteId: id, remoteUrl: null, text: e.message?.text ?? "", createdAt: ms ? new Date(ms) : null }];
  });
}

/**
 * DELETE /rest/socialActions/{urn it was written under}/comments/{comment id}?actor=: the comment id is the
 * last number of the comment's URN, urn:li:comment:(urn:li:activity:…,{id}).
 */
export function linkedInRemoveCommentRequest(
  cfg: LinkedInConfig,
  headers: Record<string, string>,
  actor: string,
  req: Pick<RemoveRequest, "remoteId" | "on">,
): BuiltRequest {
  return { method: "DELETE", url: commentUrl(cfg, actor, req), headers, body: "" };
}

/**
 * POST to the same path as a delete, as a Rest.li partial update: {patch: {message: {$set: {text}}}}.
 * Only the text of a comment can be changed.
 */
export function linkedInEditCommentRequest(
  cfg: LinkedInConfig,
  headers: Record<string, string>,
  actor: string,
  req: Pick<EditRequest, "remoteId" | "on" | "text">,
): BuiltRequest {
  return {
    method: "POST",
    url: commentUrl(cfg, actor, req),
    headers: { ...headers, "X-RestLi-Method": "PARTIAL_UPDATE" },
    body: JSON.stringify({ patch: { message: { $set: { text: req.text } } } }),
  };
}

function commentUrl(cfg: LinkedInConfig, actor: string, req: Pick<RemoveRequest, "remoteId" | "on">) {
  const id = /,(\d+)\)$/.exec(req.remoteId)?.[1] ?? req.remoteId;
  const on = req.on ?? req.remoteId;
  return `${commentsUrl(cfg, on)}/${encodeURIComponent(id)}?actor=${encodeURIComponent(actor)}`;
}
