"use server";

import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { WORKSPACE_COOKIE } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { runAction } from "@/lib/action-result";
import { parseWith } from "@/lib/validate";
import { requireActionAuth } from "@/lib/page-auth";
import { signUpSchema } from "@/lib/schemas/account";
import { signUpUser } from "@/lib/workspaces/sign-up-user";
import { resolveMembership } from "@/lib/request-auth";
import { z } from "zod";
import { enforceRateLimit, signUpRule } from "@/lib/rate-limit/hit-rate-limit";
import { clientIp } from "@/lib/request-guards";
import type { Locale } from "@/lib/i18n/locales";

export async function signUpAction(raw: unknown) {
  return runAction(
    async () => {
      const input = parseWith(signUpSchema, raw);
      const h = await headers();
      await enforceRateLimit(getDb(), signUpRule(), clientIp({ headers: h }), new Date());
      const locale = (await getLocale()) as Locale;
      const user = await signUpUser({ db: getDb(), ...input, workspaceName: input.workspace_name, locale });
      return { email: user.email, workspace: user.memberships[0].workspace.slug };
    },
    getLocale as () => Promise<"en" | "fr">,
  );
}

export async function switchWorkspaceAction(raw: unknown) {
  return runAction(
    async () => {
      const slug = parseWith(z.string().min(1).max(60), raw);
      const auth = await requireActionAuth(undefined, { anyWorkspace: true });
      const target = await resolveMembership(getDb(), auth.userId!, slug, true);
      (await cookies()).set(WORKSPACE_COOKIE, target.workspaceSlug, { path: "/", sameSite: "lax", httpOnly: true });
      return { workspace: target.workspaceSlug };
    },
    getLocale as () => Promise<"en" | "fr">,
  );
}
