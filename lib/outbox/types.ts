import type { Db } from "@/lib/db";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** The outbound-fetch guard (lib/net/outbound-fetch.ts) as the sender needs it: every target URL goes through it. */
export type OutboundPost = (
  url: string,
  req: { headers: Record<string, string>; body: string },
) => Promise<{ status: number }>;

export interface OutboxDeps {
  db: Db;
  now: Date;
  /**
   * The time as a batch goes on (defaults to `now`): a batch of slow receivers can outlast its lease, so
   * each row's lease is renewed, and its webhook-timestamp stamped, when its turn comes.
   */
  clock?: () => Date;
  /** null when SMTP_URL is not set: email rows wait instead of failing */
  sendMail: ((mail: OutgoingMail) => Promise<void>) | null;
  post: OutboundPost;
  /** unseals an endpoint's "whsec_…" secret */
  webhookSecret: (endpoint: { id: string; secretEnc: string }) => string;
  random?: () => number;
  limit?: number;
  /** deliver just these rows now ("send test", "redeliver") */
  onlyIds?: string[];
}
