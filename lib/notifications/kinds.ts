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

export const KIND_LABELS: Record<NotificationKind, string> = {
  review_requested: "Review requested",
  changes_requested: "Changes requested",
  mention: "Mentions",
  post_failed: "Post failed",
  needs_reconnect: "Connection needs reconnect",
  token_expiring: "Token expiring in 7 days",
  negative_comments: "Comments turning negative",
};

export const WEBHOOK_EVENTS = [
  "post.published",
  "post.failed",
  "post.review_requested",
  "post.changes_requested",
  "connection.needs_reconnect",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
