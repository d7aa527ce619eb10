import type { Db } from "@/lib/db";

/** Part of a Prisma transaction client: notifications are written in the event's own transaction. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** How a use case tells people: whether email is configured, and the app's public URL for links. */
export interface NotifyContext {
  emailEnabled: boolean;
  appUrl: string;
}
