import type { Db } from "@/lib/db";
import { AppError, type Message } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { ensureBaseVersions, recordVersions, type VersionReason } from "@/lib/history/post-versions";
import { postDto } from "./post-dto";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * One user change to one post, in one transaction: the state it replaces is kept as a version, `write`
 * applies the change fenced on the version the user saw (false when someone else got there first: 409),
 * and the audit event and the new version record it. Answers the post as the API shows it, with the change id.
 */
export async function commitPostChange(
  db: Db,
  {
    post,
    actor,
    action,
    eventData,
    reason,
    now,
    conflictMessage,
    write,
  }: {
    post: { id: string; brand: { timezone: string } };
    actor: Actor;
    action: string;
    eventData?: Prisma.InputJsonValue;
    reason: VersionReason;
    now: Date;
    conflictMessage: Message;
    write: (tx: Tx) => Promise<boolean>;
  },
) {
  const { fresh, changeId } = await db.$transaction(async (tx) => {
    await ensureBaseVersions(tx, [post.id]);
    if (!(await write(tx))) throw new AppError("conflict", conflictMessage);
    const event = await recordEvent(tx, actor, { action, entityType: "post", entityId: post.id, data: eventData });
    await recordVersions(tx, { postIds: [post.id], actor, reason, changeId: event.id, now });
    const fresh = await tx.post.findUniqueOrThrow({ where: { id: post.id }, include: { publication: true } });
    return { fresh, changeId: event.id };
  });
  return { ...postDto(fresh, post.brand.timezone), change_id: changeId };
}
