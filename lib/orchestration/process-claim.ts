import { markNeedsReconnect } from "@/lib/connections/mark-needs-reconnect";
import { DEFAULT_BACKOFF, hasAttemptsLeft, nextRetryAt } from "@/lib/networks/backoff";
import type { PublishResult } from "@/lib/networks/publisher";
import { buildContentPackage } from "./build-content-package";
import type { Claim } from "./claim-publications";
import type { SendingGate } from "./sending-gate";
import { type Finisher, LeaseLost } from "./fenced-write";
import { reconcile } from "./reconcile";
import { ownGivenId, takenFailure } from "./match-own-post";
import { hasSteps, publishSteps } from "./publish-steps";
import { loadPostImages } from "@/lib/media/load-images";
import { carouselMedia } from "@/lib/carousel/carousel-media";
import type { OrchestratorDeps, ResolvedChannel, SlotResult } from "./types";
import { shiftInstant } from "@/lib/dates/days";

/** A row whose last send may have reached the network is reconciled before anything is sent again. */
function needsReconcile(claim: Claim): boolean {
  return (
    claim.prevState === "sending" ||
    claim.prevState === "unknown" ||
    (claim.prevState === "failed" && claim.prevFailureClass === "retryable")
  );
}

/** The claim's batch marks rows `sending` through `gate`; `finish` writes the fenced outcome. */
export async function processClaim(
  deps: OrchestratorDeps,
  claim: Claim,
  runId: string | null,
  gate: SendingGate,
  finish: Finisher,
): Promise<SlotResult> {
  let arrived = false;
  try {
    return await processOne(deps, claim, runId, finish, async () => {
      arrived = true;
      await gate.arrive(claim);
    });
  } finally {
    if (!arrived) gate.leave();
  }
}

async function processOne(
  deps: OrchestratorDeps,
  claim: Claim,
  runId: string | null,
  finish: Finisher,
  toSending: () => Promise<void>,
): Promise<SlotResult> {
  const { db, clock } = deps;
  const random = deps.random ?? Math.random;
  const backoff = { ...DEFAULT_BACKOFF, maxAttempts: deps.maxAttempts ?? DEFAULT_BACKOFF.maxAttempts };
  const startedAt = clock();
  const post = claim.post;
  const signals = post.signalIds.length ? await db.signal.findMany({ where: { id: { in: post.signalIds } } }) : [];
  const pkg = buildContentPackage(post, post.brand, signals);
  const result: SlotResult = {
    publication_id: claim.id,
    post_id: post.id,
    brand: post.brand.slug,
    platform: claim.platform,
    status: "claimed",
    remote_id: null,
    remote_url: null,
    error: null,
  };
  const attemptBase = { runId, startedAt };

  const published = async (
    remoteId: string | null,
    remoteUrl: string | null,
    outcome: string,
    httpStatus: number | null,
    raw: string,
    note?: string,
  ) => {
    const at = clock();
    await finish({
      claim,
      data: {
        state: "published",
        remoteId,
        remoteUrl,
        publishedAt: at,
        failureClass: null,
        nextAttemptAt: null,
        lastError: note ?? null,
      },
      attempt: { ...attemptBase, outcome, httpStatus, responseExcerpt: raw, finishedAt: at },
      postStatus: "published",
    });
    return { ...result, status: "published", remote_id: remoteId, remote_url: remoteUrl };
  };

  const unknown = async (message: string, httpStatus: number | null, raw: string, outcome: string, retryAt?: Date) => {
    const at = clock();
    const next = nextRetryAt(at, claim.attempt, retryAt, random, backoff);
    await finish({
      claim,
      data: { state: "unknown", failureClass: "retryable", lastError: message, nextAttemptAt: next },
      attempt: { ...attemptBase, outcome, failureClass: "retryable", httpStatus, responseExcerpt: raw, finishedAt: at },
      postStatus: null,
    });
    return { ...result, status: "unknown", error: { class: "retryable", message } };
  };

  const failed = async (res: Extract<PublishResult, { ok: false }>) => {
    const at = clock();
    const retry = res.failureClass === "retryable" && hasAttemptsLeft(claim.attempt, backoff);
    const message =
      res.failureClass === "retryable" && !retry
        ? `${res.message} (gave up after ${claim.attempt} attempts)`
        : res.message;
    await finish({
      claim,
      data: {
        state: "failed",
        failureClass: res.failureClass,
        lastError: message,
        nextAttemptAt: retry ? nextRetryAt(at, claim.attempt, res.retryAt, random, backoff) : null,
      },
      attempt: {
        ...attemptBase,
        outcome: "failed",
        failureClass: res.failureClass,
        httpStatus: res.httpStatus,
        responseExcerpt: res.raw,
        finishedAt: at,
      },
      postStatus: "failed",
    });
    return { ...result, status: "failed", error: { class: res.failureClass, message } };
  };

  try {
    await deps.faultHook?.("claimed");
    // A row whose last send may be live is never failed before the network was asked: a failure tells a
    // person to fix and approve again, which would send a second copy. Until the account can be asked, it
    // stays unknown and is checked again later.
    const mayBeLive = needsReconcile(claim);
    // The attempt keeps the network's raw answer (or, with none, the reason) that the row's error only quotes.
    const cannotCheck = (reason: string, httpStatus: number | null = null, raw: string | null = null) =>
      unknown(
        `Could not check the network for an earlier send: ${reason}`,
        httpStatus,
        raw || reason,
        "reconcile_failed",
      );
    let channel: ResolvedChannel;
    try {
      channel = await deps.channels(post.brandId, claim.platform);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (mayBeLive) return await cannotCheck(message);
      return await failed({ ok: false, failureClass: "needs_reconnect", message, httpStatus: null, raw: "" });
    }
    if (channel.blocked) {
      if (mayBeLive) return await cannotCheck(channel.blocked);
      return await failed({
        ok: false,
        failureClass: "needs_reconnect",
        message: channel.blocked,
        httpStatus: null,
        raw: "",
      });
    }
    const since = shiftInstant(new Date(Math.min(post.scheduledAt.getTime(), startedAt.getTime())), -2);
    const steps = hasSteps(post);
    // A post in steps looks up only the one step whose answer may have been lost (publish-steps.ts).
    if (mayBeLive && !steps) {
      const found = await reconcile(db, claim.id, channel, pkg.payload.text, since);
      if (found && "error" in found) return await cannotCheck(found.error, found.httpStatus, found.raw);
      // Another post's copy is not ours: send, and the network's duplicate answer is handled below.
      if (found && "post" in found)
        return await published(
          found.post.remoteId,
          found.post.remoteUrl,
          "reconciled",
          null,
          "found on the network by content match",
        );
    }
    const library = await loadPostImages(db, deps.mediaStorage, post.mediaIds);
    // A post that may be live is looked up first (publish-steps.ts): its images fail it only if it is not.
    if (library.problem && !(mayBeLive && steps))
      return await failed({ ok: false, failureClass: "rejected", message: library.problem, httpStatus: null, raw: "" });
    // Only a carousel needs the brand's colors: the claim itself stays lean.
    const colors = post.slides.length
      ? await db.brand.findUniqueOrThrow({
          where: { id: post.brandId },
          select: { primaryColor: true, accentColor: true },
        })
      : { primaryColor: null, accentColor: null };
    const carousel = carouselMedia(post.platform, post.slides, { name: post.brand.name, ...colors });
    const images = [...carousel.images, ...library.images];
    await toSending();
    await deps.faultHook?.("sending");
    const res = steps
      ? await publishSteps({
          db,
          claim,
          channel,
          payload: pkg.payload,
          replies: post.platform === "x" ? post.parts.slice(1) : [],
          firstComment: post.firstComment,
          images,
          document: carousel.document,
          mayHaveLanded: mayBeLive,
          since,
          clock,
          faultHook: deps.faultHook,
        })
      : await channel.publisher.publish({
          payload: pkg.payload,
          accountId: channel.accountId,
          accessToken: channel.accessToken,
          contentHash: post.contentHash,
        });
    if (res.ok) await deps.faultHook?.("sent");
    if (res.ok) return await published(res.remoteId, res.remoteUrl, "published", res.httpStatus, res.raw);
    if (res.failureClass === "already_published") {
      // A post in steps has looked its copy up already (publish-steps.ts); a single request's is looked up here.
      const found = res.existingRemoteId
        ? await ownGivenId(db, claim.id, res.existingRemoteId)
        : steps
          ? null
          : await reconcile(db, claim.id, channel, pkg.payload.text, since);
      if (found && "taken" in found) return await failed(takenFailure(res, found.taken.remoteId));
      if (found && "post" in found) {
        const outcome = res.existingRemoteId ? "duplicate" : "duplicate_reconciled";
        return await published(found.post.remoteId, found.post.remoteUrl, outcome, res.httpStatus, res.raw);
      }
      // A first send has no copy of its own out there: the network holds this text from another post, and
      // this one was not published. Only a send that may have landed before is taken at its word.
      if (!mayBeLive)
        return await failed({
          ...res,
          failureClass: "rejected",
          message: `${res.message}. The network already has this text from an earlier post, not this one. Edit this post so its text differs, then approve it again.`,
        });
      return await published(
        null,
        null,
        "duplicate",
        res.httpStatus,
        res.raw,
        "The network reports this post already exists, but its id could not be found.",
      );
    }
    if (res.failureClass === "retryable" && res.outcomeUnknown)
      return await unknown(res.message, res.httpStatus, res.raw, "unknown", res.retryAt);
    if (res.failureClass === "needs_reconnect" && channel.connectionId) {
      // Only the run that flips the connection tells people, however many posts hit the dead token.
      await markNeedsReconnect({
        db,
        connectionId: channel.connectionId,
        reason: res.message,
        notify: deps.notify,
        now: clock(),
      });
    }
    return await failed(res);
  } catch (err) {
    if (err instanceof LeaseLost)
      return { ...result, status: "lease_lost", error: { class: "retryable", message: err.message } };
    throw err;
  }
}
