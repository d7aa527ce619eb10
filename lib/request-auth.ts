import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { type Db, sqlPool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { envPick } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { resolveApiToken } from "@/lib/api-tokens/resolve-api-token";
import { enforceRateLimit, RATE_RULES } from "@/lib/rate-limit/hit-rate-limit";
import { WORKSPACE_COOKIE } from "@/lib/auth";
import type { Actor } from "@/lib/audit/record-event";
import { checkSession } from "@/lib/sessions/check-session";
import { msg } from "@/lib/i18n/render-text";
import { displayName } from "@/lib/team/member-names";

export interface AuthContext {
  workspaceId: string;
  workspaceSlug: string;
  role: Role;
  userId: string | null;
  tokenId: string | null;
  /** the member a token acts for (who made it, or made the token that made it); null for a session or a server-made token */
  tokenMakerId: string | null;
  actor: Actor;
}

/** A Bearer API token wins over the session cookie; a bad token is 401 even when a cookie is present. */
export async function resolveRequestAuth(req: NextRequest, db: Db, now: Date): Promise<AuthContext> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    const resolved = match ? await resolveApiToken({ db, token: match[1].trim(), now }) : null;
    if (!resolved) throw new AppError("unauthorized", msg("errors.auth.badToken"));
    await enforceRateLimit(db, RATE_RULES.apiToken, resolved.tokenId, now);
    const ws = await db.workspace.findUniqueOrThrow({ where: { id: resolved.workspaceId } });
    return {
      workspaceId: ws.id,
      workspaceSlug: ws.slug,
      role: resolved.role,
      userId: null,
      tokenId: resolved.tokenId,
      tokenMakerId: resolved.makerId,
      actor: { workspaceId: ws.id, userId: null, label: `token:${resolved.name}` },
    };
  }
  const session = await requestSession(req, db, now);
  if (!session) throw new AppError("unauthorized", msg("errors.auth.signInOrToken"));
  // A workspace named on purpose (the header), or a change asked for under the cookie's, must be that one:
  // acting on another would change what the person did not see. Reads fall back to their first workspace.
  const named = req.headers.get("x-workspace");
  const strict = named !== null || !["GET", "HEAD"].includes(req.method);
  return resolveMembership(db, session.userId, named ?? req.cookies.get(WORKSPACE_COOKIE)?.value ?? null, strict);
}

export interface SessionIdentity {
  userId: string;
  sessionId: string;
}

/** The signed-in person behind a session cookie, or null when there is none or its session has ended. */
export async function requestSession(req: NextRequest, db: Db, now: Date): Promise<SessionIdentity | null> {
  const jwt = await getToken({ req, secret: envPick(["NEXTAUTH_SECRET"]).NEXTAUTH_SECRET });
  return liveSession(db, jwt?.uid, jwt?.sid, now);
}

/** A cookie from before sessions were recorded has no session id: it is signed out like an ended one. */
export async function liveSession(db: Db, uid: unknown, sid: unknown, now: Date): Promise<SessionIdentity | null> {
  if (typeof uid !== "string" || typeof sid !== "string") return null;
  return (await checkSession({ db, userId: uid, sessionId: sid, now })) ? { userId: uid, sessionId: sid } : null;
}

/** Every signed-in request resolves this, so it is one plain statement rather than an ORM query with includes. */
export async function resolveMembership(
  db: Db,
  userId: string,
  workspaceSlug: string | null,
  strict = false,
): Promise<AuthContext> {
  const { rows } = await sqlPool(db).query<{
    workspaceId: string;
    slug: string;
    role: Role;
    email: string;
    name: string;
  }>(
    `SELECT m."workspaceId", w.slug, m.role::text AS role, u.email, u.name
     FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId" JOIN "User" u ON u.id = m."userId"
     WHERE m."userId" = $1
     ORDER BY m."createdAt" ASC, m.id ASC`,
    [userId],
  );
  if (rows.length === 0) throw new AppError("unauthorized", msg("errors.auth.noWorkspace"));
  const named = rows.find((x) => x.slug === workspaceSlug);
  if (!named && workspaceSlug && strict)
    throw new AppError("forbidden", msg("errors.auth.notMember", { workspace: workspaceSlug }));
  const m = named ?? rows[0];
  return {
    workspaceId: m.workspaceId,
    workspaceSlug: m.slug,
    role: m.role,
    userId,
    tokenId: null,
    tokenMakerId: null,
    actor: { workspaceId: m.workspaceId, userId, label: m.email, name: displayName(m) },
  };
}
