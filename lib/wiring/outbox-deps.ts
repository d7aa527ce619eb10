import nodemailer from "nodemailer";
import type { Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { decryptSecret, keyRingFromEnv } from "@/lib/crypto/secret-box";
import { outboundFetch } from "@/lib/net/outbound-fetch";
import type { OutboundPost, OutboxDeps } from "@/lib/outbox/types";

let transport: { url: string; t: nodemailer.Transporter } | undefined;

/** A webhook POST through the outbound guard: no redirects (a receiver answers itself), small answers, 10 s. */
export const guardedPost: OutboundPost = (url, req) =>
  outboundFetch(url, {
    method: "POST",
    headers: req.headers,
    body: req.body,
    maxRedirects: 0,
    maxBytes: 64 * 1024,
    timeoutMs: 10_000,
    publicMessage: "The endpoint could not be reached (refused, blocked, redirected or timed out).",
  });

/** Wires deliverOutbox to SMTP_URL (nodemailer), MAIL_FROM, the encryption keys and the outbound guard. */
export function outboxDeps(db: Db, now: Date, clock: () => Date = () => new Date()): OutboxDeps {
  const env = getEnv();
  if (env.SMTP_URL && transport?.url !== env.SMTP_URL) {
    transport = { url: env.SMTP_URL, t: nodemailer.createTransport(env.SMTP_URL) };
  }
  const t = env.SMTP_URL ? transport!.t : null;
  return {
    db,
    now,
    clock,
    sendMail: t
      ? async (mail) => {
          await t.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
        }
      : null,
    post: guardedPost,
    webhookSecret: (e) => decryptSecret(keyRingFromEnv(), e.secretEnc, e.id),
  };
}
