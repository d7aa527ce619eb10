import nodemailer from "nodemailer";
import type { Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { decryptSecret, keyRingFromEnv } from "@/lib/crypto/secret-box";
import type { OutboundFetch, OutboxDeps } from "@/lib/outbox/types";

const WEBHOOK_TIMEOUT_MS = 10_000;

let transport: { url: string; t: nodemailer.Transporter } | undefined;

/** Wires deliverOutbox to SMTP_URL (nodemailer), MAIL_FROM, the encryption keys and the outbound-fetch guard. */
export function outboxDeps(db: Db, now: Date, guardedFetch: OutboundFetch = timedFetch): OutboxDeps {
  const env = getEnv();
  if (env.SMTP_URL && transport?.url !== env.SMTP_URL) {
    transport = { url: env.SMTP_URL, t: nodemailer.createTransport(env.SMTP_URL) };
  }
  const t = env.SMTP_URL ? transport!.t : null;
  return {
    db,
    now,
    sendMail: t
      ? async (mail) => {
          await t.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
        }
      : null,
    fetch: guardedFetch,
    webhookSecret: (e) => decryptSecret(keyRingFromEnv(), e.secretEnc, e.id),
  };
}

function timedFetch(url: string, init: RequestInit) {
  return fetch(url, { ...init, signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS) });
}
