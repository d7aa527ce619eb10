import type { NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import type { NotifyContext } from "@/lib/notifications/notify-context";

/** Email goes out only when SMTP_URL is set; links point at NEXTAUTH_URL, or the request's own origin. */
export function notifyContext(req: NextRequest): NotifyContext {
  const env = getEnv();
  return { emailEnabled: Boolean(env.SMTP_URL), appUrl: env.NEXTAUTH_URL ?? req.nextUrl.origin };
}

/** For work without a request (scheduled jobs, publishing runs): links point at NEXTAUTH_URL or the local port. */
export function notifyContextFromEnv(): NotifyContext {
  const env = getEnv();
  return {
    emailEnabled: Boolean(env.SMTP_URL),
    appUrl: env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
  };
}
