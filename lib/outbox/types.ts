import type { Db } from "@/lib/db";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** The outbound-fetch guard's shape: every webhook target URL goes through it. */
export type OutboundFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface OutboxDeps {
  db: Db;
  now: Date;
  /** null when SMTP_URL is not set: email rows wait instead of failing */
  sendMail: ((mail: OutgoingMail) => Promise<void>) | null;
  fetch: OutboundFetch;
  /** unseals an endpoint's "whsec_…" secret */
  webhookSecret: (endpoint: { id: string; secretEnc: string }) => string;
  random?: () => number;
  limit?: number;
}
