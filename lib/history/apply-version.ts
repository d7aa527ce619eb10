import { z } from "zod";
import type { Db } from "@/lib/db";
import type { PostVersion, Publication } from "@/lib/generated/prisma/client";

type Tx = Pick<Db, "post" | "publication">;

/** What a version keeps besides body, date and status (see CONTENT in post-versions.ts). */
export const versionContentSchema = z.object({
  angle: z.string(),
  hook: z.string(),
  hookTemplate: z.string(),
  cta: z.string(),
  ctaTarget: z.string(),
  format: z.string(),
  hashtags: z.array(z.string()),
  link: z.string().nullable(),
  writer: z.string(),
  writerNote: z.string().nullable(),
  editedByHuman: z.boolean(),
  humanTouched: z.boolean(),
  contentHash: z.string(),
  // versions written before threads and first comments existed have neither
  parts: z.array(z.string()).nullish(),
  firstComment: z.string().nullish(),
  slides: z.array(z.string()).nullish(),
});

/**
 * Puts a version's content back on its post as the next version. Returns false when the post moved on
 * meanwhile (optimistic lock on `expectedVersion`), so the caller can refuse with a 409.
 */
export async function applyVersion(
  tx: Tx,
  {
    row,
    expectedVersion,
    publication,
    keepSchedule,
    humanTouchedAt,
  }: {
    row: PostVersion;
    expectedVersion: number;
    publication: Publication | null;
    /** the version's day has passed: put its content back but keep the post where it is */
    keepSchedule?: boolean;
    humanTouchedAt: Date | null;
  },
): Promise<boolean> {
  const c = versionContentSchema.parse(row.content);
  const { count } = await tx.post.updateMany({
    where: { id: row.postId, version: expectedVersion },
    data: {
      body: row.body,
      ...(keepSchedule ? {} : { date: row.date, scheduledAt: row.scheduledAt }),
      status: row.status === "published" || row.status === "failed" ? "draft" : row.status,
      angle: c.angle,
      hook: c.hook,
      hookTemplate: c.hookTemplate,
      cta: c.cta,
      ctaTarget: c.ctaTarget,
      format: c.format,
      hashtags: c.hashtags,
      link: c.link,
      writer: c.writer,
      writerNote: c.writerNote,
      editedByHuman: c.editedByHuman,
      contentHash: c.contentHash,
      parts: c.parts ?? [],
      firstComment: c.firstComment ?? null,
      slides: c.slides ?? [],
      humanTouchedAt,
      version: { increment: 1 },
    },
  });
  if (count === 0) return false;
  // A post that failed or was missed gets a fresh ledger state once its content or day changes back.
  if (publication && ["pending", "failed", "missed"].includes(publication.state)) {
    await tx.publication.update({
      where: { id: publication.id },
      data: {
        state: "pending",
        failureClass: null,
        nextAttemptAt: null,
        lastError: null,
        contentHash: c.contentHash,
        ...(keepSchedule ? {} : { date: row.date }),
      },
    });
  }
  return true;
}
