import type { Db } from "@/lib/db";
import { localTime } from "@/lib/dates/zoned";
import { openReviewLink } from "./open-review-link";
import { utcDay } from "@/lib/dates/days";

/**
 * What a client sees: the posts as they will go out (text, thread parts, first comment, slides, images), their
 * status, and
 * the decisions taken through links. Nothing else. Images are read through the link (sign-review-media).
 */
export async function getReviewPage({ db, token, now }: { db: Db; token: string; now: Date }) {
  const { link, brand, scope } = await openReviewLink(db, token, now);
  const posts = await db.post.findMany({
    where: scope,
    orderBy: [{ date: "asc" }, { platform: "asc" }],
    include: { comments: { where: { kind: { startsWith: "client_" } }, orderBy: { createdAt: "asc" } } },
  });
  return {
    brand: { name: brand.name, primary_color: brand.primaryColor, accent_color: brand.accentColor },
    from: utcDay(link.fromDate),
    to: utcDay(link.toDate),
    expires_at: link.expiresAt.toISOString(),
    posts: posts.map((p) => ({
      id: p.id,
      version: p.version,
      platform: p.platform,
      date: utcDay(p.date),
      time: localTime(p.scheduledAt, brand.timezone),
      body: p.body,
      /** an X thread's tweets, the first being `body` */
      parts: p.platform === "x" ? p.parts : [],
      /** posted right after the post: a reply on X, a comment under it elsewhere */
      first_comment: p.firstComment,
      slides: p.platform === "x" ? [] : p.slides,
      media_ids: p.mediaIds,
      link: p.link,
      status: p.status,
      decisions: p.comments.map((c) => ({
        decision: c.kind === "client_approved" ? "approve" : "request_changes",
        name: c.authorLabel,
        comment: c.body,
        at: c.createdAt.toISOString(),
      })),
    })),
  };
}
export type ReviewPage = Awaited<ReturnType<typeof getReviewPage>>;
