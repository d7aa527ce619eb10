import { expect } from "vitest";
import { encodeCursor, encodeVersionCursor } from "@/lib/pagination/keyset-cursor";
import { callRoute, type CallOptions } from "./call-route";

type Handler = Parameters<typeof callRoute>[0];

/** Follows `next_cursor` from the first page to the last, collecting the ids under `key`. */
export async function readAllPages(handler: Handler, opts: CallOptions & { path: string; key: string }) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = opts.path.includes("?") ? "&" : "?";
    const path: string = cursor ? `${opts.path}${sep}cursor=${encodeURIComponent(cursor)}` : opts.path;
    const res = await callRoute(handler, { ...opts, path });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const body = res.json as Record<string, unknown>;
    ids.push(...(body[opts.key] as { id: string }[]).map((r) => r.id));
    cursor = body.next_cursor as string | null;
    expect(cursor === null || typeof cursor === "string").toBe(true);
    pages++;
  } while (cursor && pages < 100);
  return { ids, pages };
}

/** Cursors and limits a paged list must refuse with a 422 in the one error shape, never a 500. */
export const BAD_PAGE_QUERIES = [
  "cursor=zz",
  `cursor=${Buffer.from("not a date|abc").toString("base64url")}`,
  `cursor=${Buffer.from("0001-01-01T00:00:00.000Z|abc").toString("base64url")}`,
  `cursor=${Buffer.from("-271821-04-20T00:00:00.000Z|abc").toString("base64url")}`,
  `cursor=${Buffer.from("2031-01-01T00:00:00.000Z|a|b").toString("base64url")}`,
  `cursor=${encodeURIComponent(encodeCursor({ createdAt: new Date(), id: "a\u0000b" }))}`,
  `cursor=${encodeVersionCursor(3)}`,
  `cursor=${"a".repeat(201)}`,
  "limit=0",
  "limit=-1",
  "limit=abc",
  "limit=2.5",
  "limit=100000",
];

export async function expectRefused(handler: Handler, opts: CallOptions, extra: string[] = [], bad = BAD_PAGE_QUERIES) {
  for (const q of [...bad, ...extra]) {
    const res = await callRoute(handler, { ...opts, path: `/x?${q}` });
    expect(res.status, q).toBe(422);
    const error = (res.json as { error: { code: string; message: string; details: unknown } }).error;
    expect(error.code, q).toBe("validation_error");
    expect(typeof error.message).toBe("string");
    expect(Array.isArray(error.details), q).toBe(true);
  }
}
