export const NOTIFICATION_KINDS = [
  "review_requested",
  "changes_requested",
  "mention",
  "post_failed",
  "needs_reconnect",
  "token_expiring",
  "negative_comments",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const WEBHOOK_EVENTS = [
  "post.published",
  "post.failed",
  "post.review_requested",
  "post.changes_requested",
  "connection.needs_reconnect",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
