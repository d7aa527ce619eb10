import { randomUUID, timingSafeEqual, createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError, type ZodType } from "zod";
import { getDb, type Db } from "@/lib/db";
import { envPick } from "@/lib/env";
import { AppError, validationError } from "@/lib/errors";
import { parseWith } from "@/lib/validate";
import { assertSameOrigin, assertStorableText, databaseErrorToAppError, readBodyCapped } from "@/lib/request-guards";
import type { Role } from "@/lib/generated/prisma/enums";
import { requestSession, resolveRequestAuth, type AuthContext, type SessionIdentity } from "@/lib/request-auth";
import { roleAtLeast } from "@/lib/workspaces/roles";

type Params = Record<string, string | string[]>;
type NextCtx = { params: Promise<Params> };

interface BaseCtx<P> {
  req: NextRequest;
  params: P;
  db: Db;
  now: Date;
}

/** What a client reads back from `json(value)`: dates arrive as ISO strings. */
export type Jsonified<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;

/** The response body of a route that answers `json(await useCase(…))`. */
export type JsonOf<F extends (...args: never[]) => unknown> = Jsonified<Awaited<ReturnType<F>>>;

export function json(data: unknown, status = 200, headers?: HeadersInit) {
  return NextResponse.json(data, { status, headers });
}

export function errorResponse(err: unknown): NextResponse {
  if (err instanceof AppError) return json(err.toBody(), err.status, err.headers);
  const mapped = databaseErrorToAppError(err);
  if (mapped) {
    console.warn("database refused a request value", err instanceof Error ? err.message : err);
    return json(mapped.toBody(), mapped.status);
  }
  if (err instanceof ZodError) {
    const e = validationError(err);
    return json(e.toBody(), e.status);
  }
  const requestId = randomUUID();
  console.error(`[${requestId}] unhandled error`, err);
  return json({ error: { code: "internal_error", message: `Something went wrong (request ${requestId}).` } }, 500);
}

export async function readJson<T>(req: NextRequest, schema: ZodType<T>): Promise<T> {
  const text = await readBodyCapped(req);
  let raw: unknown;
  try {
    raw = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid JSON.");
  }
  assertStorableText(raw, "request body");
  return parseWith(schema, raw);
}

export function readQuery<T>(req: NextRequest, schema: ZodType<T>): T {
  assertStorableText(Object.fromEntries(req.nextUrl.searchParams), "query string");
  return parseWith(schema, Object.fromEntries(req.nextUrl.searchParams), "The query string is invalid.");
}

function wrap<P, C>(resolve: (base: BaseCtx<P>) => Promise<C>, handler: (ctx: C) => Promise<Response>) {
  return async (req: NextRequest, next: NextCtx): Promise<Response> => {
    try {
      const params = (await next?.params) as P;
      assertStorableText(params ?? {}, "URL path");
      const base = { req, params, db: getDb(), now: new Date() };
      return await handler(await resolve(base));
    } catch (err) {
      return errorResponse(err);
    }
  };
}

export function withPublic<P = Params>(handler: (ctx: BaseCtx<P>) => Promise<Response>) {
  return wrap<P, BaseCtx<P>>(async (b) => b, handler);
}

export function withAuth<P = Params>(
  handler: (ctx: BaseCtx<P> & { auth: AuthContext }) => Promise<Response>,
  opts: { role?: Role } = {},
) {
  return wrap<P, BaseCtx<P> & { auth: AuthContext }>(async (b) => {
    const auth = await resolveRequestAuth(b.req, b.db, b.now);
    if (!auth.tokenId) assertSameOrigin(b.req);
    if (opts.role && !roleAtLeast(auth.role, opts.role)) {
      throw new AppError("forbidden", `This action needs the ${opts.role} role; you are ${auth.role}.`);
    }
    return { ...b, auth };
  }, handler);
}

/** A signed-in person, whatever their workspaces (accepting an invite); API tokens do not qualify. */
export function withSession<P = Params>(handler: (ctx: BaseCtx<P> & SessionIdentity) => Promise<Response>) {
  return wrap<P, BaseCtx<P> & SessionIdentity>(async (b) => {
    const session = await requestSession(b.req, b.db, b.now);
    if (!session) throw new AppError("unauthorized", "Sign in first.");
    assertSameOrigin(b.req);
    return { ...b, ...session };
  }, handler);
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function withCron<P = Params>(handler: (ctx: BaseCtx<P>) => Promise<Response>) {
  return wrap<P, BaseCtx<P>>(async (b) => {
    const secret = envPick(["CRON_SECRET"]).CRON_SECRET;
    if (!secret) throw new AppError("unauthorized", "CRON_SECRET is not configured, so cron routes are disabled.");
    const header = b.req.headers.get("authorization") ?? "";
    if (!sameSecret(header, `Bearer ${secret}`)) throw new AppError("unauthorized", "Invalid cron secret.");
    return b;
  }, handler);
}
