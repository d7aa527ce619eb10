import { parseBody, type Answer, type Ctx } from "./fake-server";
import type { ListeningState } from "./listening-fake";

const graphDate = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+0000");

/**
 * Facebook: GET|POST /{comment-id}/comments, the id as Graph lists comments ("{post}_{comment}"): a
 * Page answers a comment by commenting on it. Null for any other path, so the caller's routes run.
 */
export function answerFacebookReplies(state: ListeningState, ctx: Ctx, parts: string[]): Answer | null {
  if (parts.length === 2 && ctx.method === "DELETE") return removeFacebookReply(state, parts[1]);
  if (parts.length === 2 && ctx.method === "POST") return editFacebookReply(state, parts[1], parseBody(ctx).message);
  if (parts.length !== 3 || parts[2] !== "comments") return null;
  const [postNum, bare] = parts[1].split("_");
  if (!bare || !state.heard(bare)) return null;
  if (ctx.method === "POST") {
    const message = parseBody(ctx).message;
    if (typeof message !== "string" || !message.trim())
      return {
        status: 400,
        body: { error: { message: "(#100) Missing message or attachment", type: "OAuthException", code: 100 } },
      };
    return { status: 200, body: { id: `${postNum}_${state.reply(bare, "page", message).id}` } };
  }
  const data = (state.replies.get(bare) ?? []).map((r) => ({
    id: `${postNum}_${r.id}`,
    message: r.text,
    created_time: graphDate(r.createdAt),
    from: { name: r.authorName, id: r.authorId },
  }));
  return { status: 200, body: { data, paging: {} } };
}

/** DELETE /{post}_{reply}: {success: true}; Graph answers a missing object with (#100), subcode 33. */
function removeFacebookReply(state: ListeningState, id: string): Answer | null {
  const bare = id.split("_")[1];
  if (bare && state.unreply(bare)) return { status: 200, body: { success: true } };
  return bare && /^\d+$/.test(bare) ? missingObject("delete", id) : null;
}

/** POST /{post}_{reply} with `message`: {success: true}. */
function editFacebookReply(state: ListeningState, id: string, message: unknown): Answer | null {
  const bare = id.split("_")[1];
  if (!bare || !/^\d+$/.test(bare)) return null;
  if (typeof message !== "string" || !message.trim())
    return {
      status: 400,
      body: { error: { message: "(#100) Missing message or attachment", type: "OAuthException", code: 100 } },
    };
  return state.rewrite(bare, message) ? { status: 200, body: { success: true } } : missingObject("post", id);
}

function missingObject(verb: "delete" | "post", id: string): Answer {
  return {
    status: 400,
    body: {
      error: {
        message: `Unsupported ${verb} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        type: "GraphMethodException",
        code: 100,
        error_subcode: 33,
      },
    },
  };
}

const COMMENT_URN = /^urn:li:comment:\(urn:li:activity:([^,]+),(\d+)\)$/;

/**
 * LinkedIn: GET|POST /rest/socialActions/{comment-urn}/comments. A nested comment still names the post
 * as its `object` and the comment it answers as `parentComment`.
 */
export function answerLinkedInReplies(state: ListeningState, posts: { id: string }[], ctx: Ctx): Answer | null {
  const del = /^\/rest\/socialActions\/([^/]+)\/comments\/(\d+)$/.exec(ctx.url.pathname);
  if (del && (ctx.method === "DELETE" || ctx.method === "POST")) {
    const on = COMMENT_URN.exec(decodeURIComponent(del[1]));
    if (!/^urn:li:(organization|person):\w+$/.test(ctx.url.searchParams.get("actor") ?? ""))
      return { status: 400, body: { message: "actor is required", status: 400 } };
    const notFound = { status: 404, body: { message: `Comment ${del[2]} not found`, status: 404 } };
    if (!on || !state.heard(on[2])) return notFound;
    if (ctx.method === "POST") return editLinkedInReply(state, ctx, del[2]) ?? notFound;
    return state.unreply(del[2]) ? { status: 204 } : notFound;
  }
  const m = /^\/rest\/socialActions\/([^/]+)\/comments$/.exec(ctx.url.pathname);
  const parsed = m ? COMMENT_URN.exec(decodeURIComponent(m[1])) : null;
  if (!m || !parsed || !state.heard(parsed[2])) return null;
  const [urn, activity, bare] = parsed;
  const post = posts.find((p) => p.id.split(":").at(-1) === activity);
  const urnOf = (id: string) => `urn:li:comment:(urn:li:activity:${activity},${id})`;
  if (ctx.method === "POST") {
    const b = parseBody(ctx);
    const text = (b.message as { text?: unknown } | undefined)?.text;
    const invalid = (path: string, description: string): Answer => ({
      status: 422,
      body: {
        message: `ERROR :: ${path} :: ${description}\n`,
        errorDetails: {
          inputErrors: [{ description, input: { inputPath: { fieldPath: path } }, code: "INVALID_VALUE" }],
        },
        status: 422,
      },
    });
    if (typeof b.actor !== "string" || !/^urn:li:(organization|person):\w+$/.test(b.actor))
      return invalid("/actor", "Field is required but not found and has no default value");
    if (!post || b.object !== post.id) return invalid("/object", "object must be the post the comment is under");
    if (b.parentComment !== urn) return invalid("/parentComment", "parentComment must be the comment in the path");
    if (typeof text !== "string" || !text.trim()) return invalid("/message/text", "Field is required");
    const id = urnOf(state.reply(bare, `org${b.actor.split(":").at(-1)}`, text).id);
    return { status: 201, headers: { "x-restli-id": id }, body: { $URN: id, object: post.id, message: { text } } };
  }
  const elements = (state.replies.get(bare) ?? []).map((r) => ({
    $URN: urnOf(r.id),
    commentUrn: urnOf(r.id),
    actor: `urn:li:organization:${r.authorId.slice(3)}`,
    message: { text: r.text },
    created: { time: r.createdAt },
  }));
  return { status: 200, body: { elements, paging: { start: 0, count: elements.length, total: elements.length } } };
}

/** A Rest.li partial update of a comment: only {patch: {message: {$set: {text}}}} is accepted. Null when missing. */
function editLinkedInReply(state: ListeningState, ctx: Ctx, id: string): Answer | null {
  if (String(ctx.headers["x-restli-method"] ?? "").toUpperCase() !== "PARTIAL_UPDATE")
    return { status: 400, body: { message: "POST on an entity needs X-RestLi-Method: PARTIAL_UPDATE", status: 400 } };
  const patch = parseBody(ctx).patch as { message?: { $set?: { text?: unknown } } } | undefined;
  const text = patch?.message?.$set?.text;
  if (typeof text !== "string" || !text.trim())
    return { status: 422, body: { message: "ERROR :: /patch/message/text :: Field is required\n", status: 422 } };
  return state.rewrite(id, text) ? { status: 204 } : null;
}
