import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { resolveApiToken } from "@/lib/api-tokens/resolve-api-token";
import { enforceRateLimit, RATE_RULES } from "@/lib/rate-limit/hit-rate-limit";
import { WORKSPACE_COOKIE } from "@/lib/auth";
import type { Actor } from "@/lib/audit/record-event";

export interface AuthContext {
  workspaceId: string;
  workspaceSlug: string;
  role: Role;
  userId: string | null;
  tokenId: string | null;
  actor: Actor;
}

/** A Bearer API token wins over the session cookie; a bad token is 401 even when a cookie is present. */
export async function resolveRequestAuth(req: NextRequest, db: Db, now: Date): Promise<AuthContext> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    const resolved = match ? await resolveApiToken({ db, token: match[1].trim(), now }) : null;
    if (!resolved) throw new AppError("unauthorized", "The API token is invalid or revoked.");
    await enforceRateLimit(db, RATE_RULES.apiToken, resolved.tokenId, now);
    const ws = await db.workspace.findUniqueOrThrow({ where: { id: resolved.workspaceId } });
    return {
      workspaceId: ws.id,
      workspaceSlug: ws.slug,
      role: resolved.role,
      userId: null,
      tokenId: resolved.tokenId,
      actor: { workspaceId: ws.id, userId: null, label: `token:${resolved.name}` },
    };
  }
  const userId = await sessionUserId(req);
  if (!userId) throw new AppError("unauthorized", "Sign in or send an API token.");
  const wanted = req.headers.get("x-workspace") ?? req.cookies.get(WORKSPACE_COOKIE)?.value ?? null;
  return resolveMembership(db, userId, wanted);
}

export async function sessionUserId(req: NextRequest): Promise<string | null> {
  const jwt = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  return typeof jwt?.uid === "string" ? jwt.uid : null;
}

export async function resolveMembership(db: Db, userId: string, workspaceSlug: string | null): Promise<AuthContext> {
  const memberships = await db.membership.findMany({
    where: { userId },
    include: { workspace: true, user: true },
    orderBy: { createdAt: "asc" },
  });
  if (memberships.length === 0) throw new AppError("unauthorized", "Your account has no workspace.");
  const m = memberships.find((x) => x.workspace.slug === workspaceSlug) ?? memberships[0];
  return {
    workspaceId: m.workspaceId,
    workspaceSlug: m.workspace.slug,
    role: m.role,
    userId,
    tokenId: null,
    actor: { workspaceId: m.workspaceId, userId, label: m.user.email },
  };
}
