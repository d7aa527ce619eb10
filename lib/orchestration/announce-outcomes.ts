import type { Db } from "@/lib/db";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { notifyMembers } from "@/lib/notifications/notify-members";
import type { WebhookEvent } from "@/lib/notifications/kinds";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { msg } from "@/lib/i18n/render-text";

const NETWORK = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", sandbox: "Sandbox" } as const;

interface EventRow {
  id: string;
  publicationId: string;
  attempt: number;
  type: WebhookEvent;
  data: { remote_id: string | null; remote_url: string | null; failure_class: string | null; error: string | null };
}

/**
 * Turns pending PublicationEvents into notifications and webhook deliveries. Each batch locks its events
 * (SKIP LOCKED), writes the outbox rows and deletes the events in one transaction: two runs announcing
 * at once share the events, and each is announced exactly once. Events left by a run that died are
 * picked up by the next one.
 */
export async function announceOutcomes({
  db,
  notify,
  now,
  batch = 500,
}: {
  db: Db;
  notify: NotifyContext;
  now: Date;
  batch?: number;
}): Promise<number> {
  let announced = 0;
  for (;;) {
    const n = await db.$transaction(
      async (tx) => {
        const events = await tx.$queryRaw<EventRow[]>`
        SELECT id, "publicationId", attempt, type, data FROM "PublicationEvent"
        ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
        if (events.length === 0) return 0;
        const pubs = await tx.publication.findMany({
          where: { id: { in: events.map((e) => e.publicationId) } },
          include: {
            post: { select: { id: true, date: true, submittedById: true, lastEditorId: true } },
            brand: { select: { workspaceId: true, slug: true, name: true } },
          },
        });
        const byId = new Map(pubs.map((p) => [p.id, p]));
        // Most workspaces have no webhooks: ask once per batch instead of once per event.
        const endpoints = await tx.webhookEndpoint.findMany({
          where: { workspaceId: { in: [...new Set(pubs.map((p) => p.brand.workspaceId))] }, disabledAt: null },
          select: { workspaceId: true, events: true },
        });
        const owners = new Map<string, string[]>();
        for (const e of events) {
          const pub = byId.get(e.publicationId);
          if (!pub) continue;
          const ws = pub.brand.workspaceId;
          const day = pub.post.date.toISOString().slice(0, 10);
          const failed = e.type === "post.failed";
          const text = failed
            ? `${pub.brand.name}: the ${NETWORK[pub.platform]} post of ${day} failed: ${e.data.error ?? "unknown error"}`
            : `${pub.brand.name}: the ${NETWORK[pub.platform]} post of ${day} was published${e.data.remote_url ? ` (${e.data.remote_url})` : ""}`;
          if (failed) {
            if (!owners.has(ws)) {
              const rows = await tx.membership.findMany({ where: { workspaceId: ws, role: "owner" } });
              owners.set(
                ws,
                rows.map((r) => r.userId),
              );
            }
            await notifyMembers(tx, notify, {
              workspaceId: ws,
              kind: "post_failed",
              title: msg("notifications.titles.failed", {
                brand: pub.brand.name,
                network: NETWORK[pub.platform],
                date: day,
                error: String(e.data.error ?? "unknown error"),
              }),
              path: `/calendar?brand=${pub.brand.slug}&month=${day.slice(0, 7)}&post=${pub.post.id}`,
              entityId: pub.post.id,
              userIds: [...owners.get(ws)!, pub.post.submittedById, pub.post.lastEditorId].filter(
                (x): x is string => !!x,
              ),
            });
          }
          if (endpoints.some((x) => x.workspaceId === ws && x.events.includes(e.type))) {
            await enqueueWebhookEvent(tx, {
              workspaceId: ws,
              type: e.type,
              data: {
                publication_id: pub.id,
                attempt: e.attempt,
                post_id: pub.post.id,
                brand: pub.brand.slug,
                platform: pub.platform,
                date: day,
                ...(failed
                  ? { failure_class: e.data.failure_class, error: e.data.error }
                  : { remote_id: e.data.remote_id, remote_url: e.data.remote_url }),
              },
              text,
              now,
            });
          }
        }
        await tx.publicationEvent.deleteMany({ where: { id: { in: events.map((e) => e.id) } } });
        return events.length;
      },
      { timeout: 30_000 },
    );
    announced += n;
    if (n < batch) return announced;
  }
}
