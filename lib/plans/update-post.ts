import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UpdatePostInput } from "@/lib/schemas/strategy";
import { contentHash } from "@/lib/strategy/content-hash";
import { measureLength, NETWORK_LIMITS, type Network } from "@/lib/strategy/networks";
import type { Actor } from "@/lib/audit/record-event";
import type { VersionReason } from "@/lib/history/post-versions";
import { assertCurrentVersion, findPost, LOCKED_STATES, statusAfterChange } from "./find-post";
import { brandToday, existingWallTime, localTime } from "@/lib/dates/zoned";
import { commitPostChange } from "./commit-post-change";
import { utcDay } from "@/lib/dates/days";
import { msg } from "@/lib/i18n/render-text";

export async function updatePost({
  db,
  actor,
  id,
  input,
  now,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: UpdatePostInput;
  now: Date;
}) {
  const post = await findPost(db, actor.workspaceId, id);
  assertCurrentVersion(post, input.version);
  if (post.status === "published" || (post.publication && LOCKED_STATES.includes(post.publication.state))) {
    throw new AppError("validation_error", msg("errors.post.locked"), [{ path: "status", message: post.status }]);
  }
  const network = post.platform as Network;
  const data: Prisma.PostUpdateInput = { version: { increment: 1 }, humanTouchedAt: now };
  const changes: Record<string, unknown> = {};

  if (input.body !== undefined && input.body !== post.body) {
    const length = measureLength(network, input.body);
    if (length > NETWORK_LIMITS[network]) {
      throw new AppError(
        "validation_error",
        msg("errors.post.tooLong", { length, network, limit: NETWORK_LIMITS[network] }),
        [{ path: "body", message: `${length} > ${NETWORK_LIMITS[network]}` }],
      );
    }
    Object.assign(data, {
      body: input.body,
      contentHash: contentHash(input.body),
      editedByHuman: true,
      writer: "human",
      lastEditorId: actor.userId,
      // A link the person took out of the text stays out: publishing adds the post's link when it is missing.
      ...(post.link && !input.body.includes(post.link) ? { link: null } : {}),
    });
    changes.body = true;
  }

  const zone = post.brand.timezone;
  const oldTime = localTime(post.scheduledAt, zone);
  const newTime = input.time ?? oldTime;
  const newDate = input.date !== undefined && input.date !== utcDay(post.date) ? input.date : null;
  if (newDate) {
    const today = brandToday(now, zone);
    if (newDate < today) {
      throw new AppError("validation_error", msg("errors.post.pastDay", { today, zone: post.brand.timezone }), [
        { path: "date", message: msg("errors.detail.inThePast") },
      ]);
    }
    const taken = await db.post.findFirst({
      where: {
        brandId: post.brandId,
        platform: post.platform,
        date: new Date(`${newDate}T00:00:00Z`),
        status: "published",
        id: { not: post.id },
      },
    });
    if (taken) {
      throw new AppError("validation_error", msg("errors.post.slotPublished", { network, date: newDate }), [
        { path: "date", message: msg("errors.detail.slotPublished") },
      ]);
    }
    data.date = new Date(`${newDate}T00:00:00Z`);
    changes.date = { from: utcDay(post.date), to: newDate };
  }
  if (newTime !== oldTime) changes.time = { from: oldTime, to: newTime };
  if (newDate || newTime !== oldTime) {
    const day = newDate ?? utcDay(post.date);
    const at = existingInstant(day, newTime, zone);
    // Today at an hour gone by is the past too: an approved post would go out at the next run, not when shown.
    if (at < now) throw pastTime(day, newTime, zone, input.time !== undefined ? "time" : "date");
    data.scheduledAt = at;
  }

  if (input.status !== undefined) {
    data.status = input.status;
    changes.status = { from: post.status, to: input.status };
  } else {
    const next = statusAfterChange(post.status, { text: !!changes.body, moved: !!(changes.date || changes.time) });
    if (next) data.status = next;
  }

  return commitPostChange(db, {
    post,
    actor,
    action: changes.body ? "post.edit" : changes.date || changes.time ? "post.move" : `post.status.${input.status}`,
    eventData: changes as Prisma.InputJsonValue,
    reason: versionReason(changes, input.status),
    now,
    conflictMessage: msg("errors.post.changedMeanwhile"),
    write: async (tx) => {
      const { count } = await tx.post.updateMany({
        where: { id: post.id, version: post.version },
        data: data as Prisma.PostUpdateManyMutationInput,
      });
      if (count === 0) return false;
      // A changed post gets a fresh ledger row state; the attempt history stays.
      if (
        post.publication &&
        ["pending", "failed", "missed"].includes(post.publication.state) &&
        (changes.body || changes.date || changes.time)
      ) {
        await tx.publication.update({
          where: { id: post.publication.id },
          data: {
            state: "pending",
            failureClass: null,
            nextAttemptAt: null,
            lastError: null,
            date: (data.date as Date | undefined) ?? post.date,
          },
        });
      }
      return true;
    },
  });
}

function versionReason(changes: Record<string, unknown>, status: UpdatePostInput["status"]): VersionReason {
  if (changes.body) return "edit";
  if (changes.date || changes.time) return "move";
  return status === "approved" ? "approve" : status === "skipped" ? "skip" : "unapprove";
}

function pastTime(day: string, time: string, zone: string, path: "date" | "time") {
  return new AppError("validation_error", msg("errors.post.pastTime", { day, time, zone }), [
    { path, message: msg("errors.detail.inThePast") },
  ]);
}

/** The instant of a wall time the person asked for; one the clocks skip (spring forward) is refused, not shifted. */
function existingInstant(day: string, time: string, zone: string): Date {
  const at = existingWallTime(day, time, zone);
  if (!at)
    throw new AppError("validation_error", msg("errors.post.skippedTime", { day, time, zone }), [
      { path: "time", message: msg("errors.detail.skippedTime") },
    ]);
  return at;
}
