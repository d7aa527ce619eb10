import { randomUUID, timingSafeEqual, createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError, type ZodType } from "zod";
import { getDb, type Db } from "@/lib/db";
import { envPick } from "@/lib/env";
import { AppError, validationError } from "@/lib/errors";
import { pickLocale, type Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/render-text";
import { getUserLocale } from "@/lib/workspaces/set-user-locale";
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

/** The error in its one shape, its messages in the reader's language (English unless asked otherwise). */
export function errorResponse(err: unknown, locale: Locale = "en"): NextResponse {
  if (err instanceof AppError) return json(err.toBody(locale), err.status, err.headers);
  const mapped = databaseErrorToAppError(err);
  if (mapped) {
    console.warn("database refused a request value", err instanceof Error ? err.message : err);
    return json(mapped.toBody(locale), mapped.status);
  }
  if (err instanceof ZodError) {
    const e = validationError(err);
    return json(e.toBody(locale), e.status);
  }
  const requestId = randomUUID();
  console.error(`[${requestId}] unhandled error`, err);
  const e = new AppError("internal_error", msg("errors.internal", { requestId }));
  return json(e.toBody(locale), 500);
}

/** Whom an error is for: the signed-in person's language, else the request's Accept-Language, else English. */
export async function readerLocale(req: Request, db: Db, userId: string | null): Promise<Locale> {
  const setting = userId ? await getUserLocale({ db, userId }).catch(() => null) : null;
  return pickLocale(setting, req.headers.get("accept-language"));
}

export async function readJson<T>(req: NextRequest, schema: ZodType<T>): Promise<T> {
  const text = await readBodyCapped(req);
  let raw: unknown;
  try {
    raw = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", msg("errors.request.invalidJson"));
  }
  assertStorableText(raw, "request body");
  return parseWith(schema, raw);
}

export function readQuery<T>(req: NextRequest, schema: ZodType<T>): T {
  assertStorableText(Object.fromEntries(req.nextUrl.searchParams), "query string");
  return parseWith(schema, Object.fromEntries(req.nextUrl.searchParams), msg("errors.request.invalidQuery"));
}

/** Who made the request, once known: their language decides the error messages' */
type Reader = { userId: string | null };

function wrap<P, C>(resolve: (base: BaseCtx<P>, reader: Reader) => Promise<C>, handler: (ctx: C) => Promise<Response>) {
  return async (req: NextRequest, next: NextCtx): Promise<Response> => {
    const reader: Reader = { userId: null };
    try {
      const params = (await next?.params) as P;
      assertStorableText(params ?? {}, "URL path");
      const base = { req, params, db: getDb(), now: new Date() };
      return await handler(await resolve(base, reader));
    } catch (err) {
      return errorResponse(err, await readerLocale(req, getDb(), reader.userId));
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
  return wrap<P, BaseCtx<P> & { auth: AuthContext }>(async (b, reader) => {
    const auth = await resolveRequestAuth(b.req, b.db, b.now);
    reader.userId = auth.userId;
    if (!auth.tokenId) assertSameOrigin(b.req);
    if (opts.role && !roleAtLeast(auth.role, opts.role)) {
      throw new AppError("forbidden", msg("errors.auth.needsRole", { role: opts.role, yours: auth.role }));
    }
    return { ...b, auth };
  }, handler);
}

/**
 * A signed-in person, whatever their workspaces (accepting an invite). An API token is known but not
 * allowed here (403); a bad one is still 401.
 */
export function withSession<P = Params>(handler: (ctx: BaseCtx<P> & SessionIdentity) => Promise<Response>) {
  return wrap<P, BaseCtx<P> & SessionIdentity>(async (b, reader) => {
    if (b.req.headers.has("authorization")) {
      await resolveRequestAuth(b.req, b.db, b.now);
      throw new AppError("forbidden", msg("errors.auth.personOnly"));
    }
    const session = await requestSession(b.req, b.db, b.now);
    if (!session) throw new AppError("unauthorized", msg("errors.auth.signInFirst"));
    reader.userId = session.userId;
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
    if (!secret) throw new AppError("unauthorized", msg("errors.auth.cronUnset"));
    const header = b.req.headers.get("authorization") ?? "";
    if (!sameSecret(header, `Bearer ${secret}`)) throw new AppError("unauthorized", msg("errors.auth.cronInvalid"));
    return b;
  }, handler);
}
