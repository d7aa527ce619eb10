import { isSandboxRemoteId } from "@/lib/networks/sandbox/is-sandbox";
import type { Post, Publication } from "@/lib/generated/prisma/client";
import { readSuggestion } from "./post-columns";
import { measureLength, NETWORK_LIMITS, type Network } from "@/lib/strategy/networks";
import { utcDay } from "@/lib/dates/days";
import { localTime } from "@/lib/dates/zoned";

/** The post columns a DTO reads (raw SQL selects these, not the row's bookkeeping). */
export const DTO_POST_COLUMNS = [
  "id",
  "planId",
  "brandId",
  "platform",
  "scheduledAt",
  "pillar",
  "angle",
  "hook",
  "hookTemplate",
  "cta",
  "ctaTarget",
  "format",
  "body",
  "parts",
  "firstComment",
  "mediaIds",
  "slides",
  "hashtags",
  "link",
  "status",
  "version",
  "writer",
  "writerNote",
  "editedByHuman",
  "abVariant",
  "suggestion",
  "signalIds",
  "lastEditorId",
] as const satisfies readonly (keyof Post)[];

export function postDto(
  p: Pick<Post, (typeof DTO_POST_COLUMNS)[number] | "date"> & {
    publication?: Pick<
      Publication,
      "state" | "remoteId" | "remoteUrl" | "lastError" | "failureClass" | "nextAttemptAt"
    > | null;
    _count?: { comments: number };
  },
  timeZone: string,
) {
  const network = p.platform as Network;
  return {
    id: p.id,
    plan_id: p.planId,
    brand_id: p.brandId,
    platform: network,
    date: utcDay(p.date),
    time: localTime(p.scheduledAt, timeZone),
    scheduled_at: p.scheduledAt.toISOString(),
    pillar: p.pillar,
    angle: p.angle,
    hook: p.hook,
    hook_template: p.hookTemplate,
    cta: p.cta,
    cta_target: p.ctaTarget,
    format: p.format,
    body: p.body,
    /** X threads: every tweet, the first being `body` */
    parts: p.parts ?? [],
    first_comment: p.firstComment ?? null,
    media_ids: p.mediaIds ?? [],
    /** a carousel's slides (LinkedIn document, Facebook multi-photo) */
    slides: p.slides ?? [],
    hashtags: p.hashtags,
    link: p.link,
    status: p.status,
    version: p.version,
    length: measureLength(network, p.body),
    limit: NETWORK_LIMITS[network],
    writer: p.writer,
    writer_note: p.writerNote,
    edited_by_human: p.editedByHuman,
    ab_variant: p.abVariant,
    suggestion: readSuggestion(p.suggestion),
    signal_ids: p.signalIds,
    last_editor_id: p.lastEditorId,
    comment_count: p._count?.comments ?? 0,
    publication: p.publication
      ? {
          state: p.publication.state,
          remote_id: p.publication.remoteId,
          /** published by the sandbox: the network was not connected, nothing was sent */
          sandbox: isSandboxRemoteId(p.publication.remoteId),
          remote_url: p.publication.remoteUrl,
          last_error: p.publication.lastError,
          failure_class: p.publication.failureClass,
          next_attempt_at: p.publication.nextAttemptAt?.toISOString() ?? null,
        }
      : null,
  };
}
export type PostDto = ReturnType<typeof postDto>;
