import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";

// What a cursor can hold: ids are cuids (or a uuid), dates within what PostgreSQL stores.
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

function badCursor(path: string): never {
  throw new AppError("validation_error", msg("errors.request.badCursor"), [{ path, message: "invalid" }]);
}

/** The keyset (createdAt, id) as an opaque string, so pages stay stable while new rows arrive. */
export function encodeCursor(r: { createdAt: Date; id: string }) {
  return Buffer.from(`${r.createdAt.toISOString()}|${r.id}`).toString("base64url");
}

export function decodeCursor(cursor: string, path = "cursor") {
  const [at, id, extra] = Buffer.from(cursor, "base64url").toString().split("|");
  const date = new Date(at ?? "");
  const time = date.getTime();
  if (!id || extra !== undefined || !ID.test(id) || !(time >= EARLIEST && time < LATEST)) badCursor(path);
  return { date, id };
}

/** The `where` of the page after `cursor` in (createdAt desc, id desc) order; nothing without one. */
export function olderThan(cursor: string | undefined) {
  if (!cursor) return {};
  const c = decodeCursor(cursor);
  return { OR: [{ createdAt: { lt: c.date } }, { createdAt: c.date, id: { lt: c.id } }] };
}

/** Newest first, the id breaking ties between rows written in the same millisecond. */
export const newestFirst = () => [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Of `limit + 1` rows read newest first: the page, and the cursor of the next one (null on the last page). */
export function pageOf<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  return { page, next_cursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null };
}

/** The keyset (title, id) of a list read in title order; JSON, since a title may hold any character. */
export function encodeTitleCursor(r: { title: string; id: string }) {
  return Buffer.from(JSON.stringify([r.title, r.id])).toString("base64url");
}

export function decodeTitleCursor(cursor: string, path = "cursor") {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString());
  } catch {
    badCursor(path);
  }
  const [title, id] = Array.isArray(parsed) && parsed.length === 2 ? parsed : [];
  if (typeof title !== "string" || title.includes("\u0000") || typeof id !== "string" || !ID.test(id)) badCursor(path);
  return { title, id };
}

/** A post's versions are numbered: the cursor is the last number shown, the next page starts below it. */
export function encodeVersionCursor(version: number) {
  return Buffer.from(`v${version}`).toString("base64url");
}

export function decodeVersionCursor(cursor: string, path = "cursor") {
  const m = /^v(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) badCursor(path);
  return Number(m[1]);
}
