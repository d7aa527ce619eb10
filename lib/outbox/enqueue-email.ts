import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/notifications/notify-context";

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
}

/** Call inside the event's transaction: the mail is sent later by deliverOutbox, so a down SMTP server loses nothing. */
export function enqueueEmail(tx: Tx, workspaceId: string, eventType: string, mail: EmailPayload) {
  return tx.outboxMessage.create({
    data: {
      workspaceId,
      channel: "email",
      recipient: mail.to,
      eventType,
      messageId: `msg_${randomUUID()}`,
      payload: { subject: mail.subject, text: mail.text },
    },
  });
}
