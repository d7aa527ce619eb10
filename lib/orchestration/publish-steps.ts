import type { PublishFailure, PublishPayload, PublishResult, RemotePost } from "@/lib/networks/publisher";
import type { Db } from "@/lib/db";
import type { Claim } from "./claim-publications";
import { matchOwnPost, type OwnMatch, ownGivenId, takenFailure } from "./match-own-post";
import { LeaseLost } from "./fenced-write";
import { type LookupFailed, lookupFailed } from "./reconcile";
import { loadSteps, recordStep, type RecordedStep, type StepKind } from "./record-step";
import type { OrchestratorDeps, ResolvedChannel } from "./types";
import type { PostImage } from "@/lib/media/load-images";
import type { PostDocument } from "@/lib/carousel/carousel-media";
import { postsPhotoWithText } from "@/lib/networks/facebook/photos";
import { partFailureText } from "./part-failure-text";

/** A post that takes more than one request: an X thread, a carousel, media, or any post with a first comment. */
export function hasSteps(
  post: Pick<Claim["post"], "platform" | "parts" | "firstComment" | "mediaIds" | "slides">,
): boolean {
  return (
    (post.platform === "x" && post.parts.length > 1) ||
    !!post.firstComment?.trim() ||
    post.mediaIds.length > 0 ||
    (post.platform !== "x" && post.slides.length > 0)
  );
}

interface StepsInput {
  db: Db;
  claim: Pick<Claim, "id" | "attempt">;
  channel: ResolvedChannel;
  /** the post itself; on X, the thread's first tweet */
  payload: PublishPayload;
  /** X thread tweets after the first */
  replies: string[];
  firstComment: string | null;
  /** library images (on Facebook, a carousel's rendered slides first), uploaded and recorded before the post */
  images: PostImage[];
  /** LinkedIn carousel: the PDF, uploaded and recorded before the post */
  document: PostDocument | null;
  /** the previous attempt may have reached the network: look before sending the first unrecorded step */
  mayHaveLanded: boolean;
  since: Date;
  clock: () => Date;
  faultHook?: OrchestratorDeps["faultHook"];
}

type Sent = { ok: true; step: RecordedStep; httpStatus: number | null; raw: string } | PublishFailure;

/**
 * Publishes a post step by step: the post, each thread reply (chained with in_reply_to_tweet_id), then
 * the first comment. Each step is recorded on the ledger (PublicationStep) as soon as the network
 * confirms it, so a retry resumes at the first missing step; the one step whose answer may have been
 * lost is looked up on the network before it is sent again. Returns the post's own result.
 */
export async function publishSteps(input: StepsInput): Promise<PublishResult> {
  const { db, claim, channel, clock } = input;
  const done = await loadSteps(db, claim.id);
  let unsure = input.mayHaveLanded;
  const { publisher, accountId, accessToken } = channel;

  /** This publication's own copy of `text` among what `lookup` lists, or why the network could not say. */
  const lookUp = async (
    text: string,
    replyTo: string | null | undefined,
    lookup: () => Promise<RemotePost[]>,
  ): Promise<OwnMatch | LookupFailed> => {
    try {
      return await matchOwnPost(db, claim.id, await lookup(), text, replyTo);
    } catch (err) {
      return lookupFailed(err);
    }
  };

  /** `replyTo`: where the step sits in an X thread (null: top-level), so a lookup matches only there */
  const step = async (
    kind: StepKind,
    index: number,
    text: string,
    replyTo: string | null | undefined,
    send: () => Promise<PublishResult>,
    lookup: () => Promise<RemotePost[]>,
  ): Promise<Sent> => {
    const recorded = done.get(`${kind}:${index}`);
    if (recorded) return { ok: true, step: recorded, httpStatus: null, raw: "recorded by an earlier attempt" };
    const find = () => lookUp(text, replyTo, lookup);
    let res: PublishResult | null = null;
    if (unsure) {
      const found = await find();
      if (found && "error" in found) return unknownFailure(found);
      if (found && "post" in found) res = { ...found.post, ok: true, httpStatus: 0, raw: "found" };
    }
    unsure = false;
    res ??= await send();
    if (!res.ok && res.failureClass === "already_published") {
      const found = res.existingRemoteId ? await ownGivenId(db, claim.id, res.existingRemoteId) : await find();
      if (found && "taken" in found) return takenFailure(res, found.taken.remoteId);
      if (found && "post" in found) res = { ok: true, ...found.post, httpStatus: res.httpStatus ?? 0, raw: res.raw };
    }
    if (!res.ok) return res;
    await input.faultHook?.(`sent:${kind}:${index}`);
    const recordedNow = { remoteId: res.remoteId, remoteUrl: res.remoteUrl };
    await recordStep(db, claim, kind, index, recordedNow, clock());
    await input.faultHook?.(`step:${kind}:${index}`);
    return { ok: true, step: recordedNow, httpStatus: res.httpStatus, raw: res.raw };
  };

  const recent = () => publisher.findRecent({ accountId, accessToken, since: input.since, limit: 100 });
  // The post itself is looked up before any image is read or uploaded: when it is live already, its
  // images are not needed again (one may even be gone from the library since).
  if (unsure && !done.has("part:0")) {
    const found = await lookUp(input.payload.text, null, recent);
    if (found && "error" in found) return unknownFailure(found);
    if (found && "post" in found) {
      const step = { remoteId: found.post.remoteId, remoteUrl: found.post.remoteUrl };
      await recordStep(db, claim, "part", 0, step, clock());
      done.set("part:0", step);
    }
    unsure = false;
  }
  const withImages = done.has("part:0")
    ? { ok: true as const, payload: input.payload }
    : await attachImages(input, done);
  if (!withImages.ok) return withImages;
  const texts = [input.payload.text, ...input.replies];
  let first: Sent | null = null;
  let previous: string | null = null;
  for (let i = 0; i < texts.length; i++) {
    const payload: PublishPayload =
      i === 0 ? withImages.payload : { network: input.payload.network, text: texts[i]!, link: null, replyTo: previous };
    const sent = await step(
      "part",
      i,
      payload.text,
      previous,
      () => publisher.publish({ payload, accountId, accessToken, contentHash: "" }),
      recent,
    );
    if (!sent.ok) return i === 0 ? sent : partFailure(sent, i, texts.length);
    first ??= sent;
    previous = sent.step.remoteId;
  }
  const post = first!;
  const comment = input.firstComment?.trim();
  if (comment) {
    const postId = post.step.remoteId;
    const sent =
      input.payload.network === "x"
        ? await step(
            "comment",
            0,
            comment,
            previous,
            () =>
              publisher.publish({
                payload: { network: "x", text: comment, link: null, replyTo: previous },
                accountId,
                accessToken,
                contentHash: "",
              }),
            recent,
          )
        : publisher.comment && publisher.findComments
          ? await step(
              "comment",
              0,
              comment,
              undefined,
              () => publisher.comment!({ accountId, accessToken, postId, text: comment }),
              () => publisher.findComments!({ accountId, accessToken, postId }),
            )
          : null;
    // The post is live either way; only a comment that can still succeed is worth a retry.
    if (sent && !sent.ok && sent.failureClass === "retryable")
      return { ...sent, message: `First comment: ${sent.message}` };
    if (sent && !sent.ok) post.raw = `${post.raw}\nFirst comment not posted: ${sent.message}`;
  }
  return {
    ok: true,
    remoteId: post.step.remoteId,
    remoteUrl: post.step.remoteUrl,
    httpStatus: post.httpStatus ?? 0,
    raw: post.raw,
  };
}

/**
 * Uploads the images the post still needs, each recorded (PublicationStep "media") as soon as the
 * network gives its id, so a retry reuses it instead of uploading again. Facebook's single photo is
 * not uploaded apart: it goes out with its text in one /photos request.
 */
async function attachImages(
  input: StepsInput,
  done: Map<string, RecordedStep>,
): Promise<{ ok: true; payload: PublishPayload } | PublishFailure> {
  const { images, channel, payload, document } = input;
  if (document) return attachDocument(input, document, done);
  if (images.length === 0) return { ok: true, payload };
  try {
    if (postsPhotoWithText(payload.network, images.length))
      return {
        ok: true,
        payload: { ...payload, photo: { bytes: await images[0]!.load(), mimeType: images[0]!.mimeType } },
      };
    const upload = channel.publisher.uploadImage;
    if (!upload) return rejected(`${payload.network} takes no images here.`);
    const mediaIds: string[] = [];
    for (const [i, image] of images.entries()) {
      const recorded = done.get(`media:${i}`);
      if (recorded) {
        mediaIds.push(recorded.remoteId);
        continue;
      }
      const res = await upload({
        accountId: channel.accountId,
        accessToken: channel.accessToken,
        bytes: await image.load(),
        mimeType: image.mimeType,
      });
      // An upload whose answer was lost is simply uploaded again: an unused upload publishes nothing.
      if (!res.ok) return { ...res, outcomeUnknown: false, message: `Image ${i + 1}: ${res.message}` };
      await input.faultHook?.(`sent:media:${i}`);
      await recordStep(input.db, input.claim, "media", i, { remoteId: res.mediaId, remoteUrl: null }, input.clock());
      await input.faultHook?.(`step:media:${i}`);
      mediaIds.push(res.mediaId);
    }
    return { ok: true, payload: { ...payload, mediaIds } };
  } catch (err) {
    if (err instanceof LeaseLost) throw err;
    return rejected(err instanceof Error ? err.message : String(err));
  }
}

/** A LinkedIn carousel's PDF: uploaded once, its URN recorded (PublicationStep "document") and reused on retry. */
async function attachDocument(
  input: StepsInput,
  document: PostDocument,
  done: Map<string, RecordedStep>,
): Promise<{ ok: true; payload: PublishPayload } | PublishFailure> {
  const { channel, payload } = input;
  const withDocument = (id: string) => ({
    ok: true as const,
    payload: { ...payload, document: { id, title: document.title } },
  });
  const recorded = done.get("document:0");
  if (recorded) return withDocument(recorded.remoteId);
  const upload = channel.publisher.uploadDocument;
  if (!upload) return rejected(`${payload.network} takes no documents.`);
  try {
    const res = await upload({
      accountId: channel.accountId,
      accessToken: channel.accessToken,
      bytes: await document.load(),
      mimeType: "application/pdf",
    });
    // As with images, a lost answer only leaves an unused upload behind: uploading again publishes nothing twice.
    if (!res.ok) return { ...res, outcomeUnknown: false, message: `Carousel document: ${res.message}` };
    await input.faultHook?.("sent:document:0");
    await recordStep(input.db, input.claim, "document", 0, { remoteId: res.mediaId, remoteUrl: null }, input.clock());
    await input.faultHook?.("step:document:0");
    return withDocument(res.mediaId);
  } catch (err) {
    if (err instanceof LeaseLost) throw err;
    return rejected(err instanceof Error ? err.message : String(err));
  }
}

function rejected(message: string): PublishFailure {
  return { ok: false, failureClass: "rejected", message, httpStatus: null, raw: "" };
}

function unknownFailure(found: LookupFailed): PublishFailure {
  const message = `Could not check the network for an earlier send: ${found.error}`;
  return {
    ok: false,
    failureClass: "retryable",
    outcomeUnknown: true,
    message,
    httpStatus: found.httpStatus,
    raw: found.raw || found.error,
  };
}

/** A reply that fails leaves the thread's first parts live: the retry continues from this part. */
function partFailure(f: PublishFailure, index: number, total: number): PublishFailure {
  // A reply the network calls a duplicate but that cannot be found cannot be chained to: a person decides.
  if (f.failureClass !== "already_published") return { ...f, message: partFailureText(index + 1, total, f.message) };
  return { ...f, failureClass: "rejected", message: partFailureText(index + 1, total, f.message, true) };
}
