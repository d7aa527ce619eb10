import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions, WORKSPACE_COOKIE } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { liveSession, resolveMembership, type AuthContext, type SessionIdentity } from "@/lib/request-auth";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { assertSameOrigin } from "@/lib/request-guards";
import { listBrands } from "@/lib/brands/list-brands";
import { msg } from "@/lib/i18n/render-text";

/** The signed-in person for a page or server action, or null when signed out or the session has ended. */
export const currentSession = cache(async (): Promise<SessionIdentity | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string } | undefined;
  return liveSession(getDb(), user?.id, user?.sid, new Date());
});

async function sessionUserId(): Promise<string | null> {
  return (await currentSession())?.userId ?? null;
}

/** For server components: anonymous visitors go to sign-in. Once per request: the layout and the page share it. */
export const requirePageAuth = cache(async (): Promise<AuthContext> => {
  const userId = await sessionUserId();
  if (!userId) redirect("/signin");
  const jar = await cookies();
  try {
    return await resolveMembership(getDb(), userId, jar.get(WORKSPACE_COOKIE)?.value ?? null);
  } catch (e) {
    // signed in, but removed from every workspace
    if (e instanceof AppError && e.code === "unauthorized") redirect("/no-workspace");
    throw e;
  }
});

/** Server actions are public POST endpoints: they authenticate exactly like routes. */
export async function requireActionAuth(role?: Role, opts: { anyWorkspace?: boolean } = {}): Promise<AuthContext> {
  const userId = await sessionUserId();
  if (!userId) throw new AppError("unauthorized", msg("errors.auth.sessionExpired"));
  const h = await headers();
  assertSameOrigin({ method: "POST", headers: h, url: `http://${h.get("host") ?? "localhost"}/` });
  const jar = await cookies();
  const auth = await resolveMembership(getDb(), userId, jar.get(WORKSPACE_COOKIE)?.value ?? null, !opts.anyWorkspace);
  if (role && !roleAtLeast(auth.role, role))
    throw new AppError("forbidden", msg("errors.auth.needsRole", { role, yours: auth.role }));
  return auth;
}

/** The workspace's live brands, read once per request: the layout's switcher and the page share them. */
export const pageBrands = cache((workspaceId: string) => listBrands({ db: getDb(), workspaceId }));

/**
 * The brand a page's `?brand=` names (slug, any case), or the first brand when none is named. An unknown one
 * is the not-found page: showing another brand's calendar under that URL would let someone edit the wrong brand.
 */
export async function pageBrand(workspaceId: string, ref: string | undefined | null) {
  const brands = await pageBrands(workspaceId);
  if (!ref) return { brands, brand: brands[0] ?? null };
  const brand = brands.find((b) => b.slug === ref.trim().toLowerCase());
  if (!brand) notFound();
  return { brands, brand };
}
