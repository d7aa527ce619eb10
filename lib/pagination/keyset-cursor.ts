import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";

/** The keyset (createdAt, id) as an opaque string, so pages stay stable while new rows arrive. */
export function encodeCursor(r: { createdAt: Date; id: string }) {
  return Buffer.from(`${r.createdAt.toISOString()}|${r.id}`).toString("base64url");
}

export function decodeCursor(cursor: string, path = "cursor") {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const date = new Date(at ?? "");
  if (!id || Number.isNaN(date.getTime())) {
    throw new AppError("validation_error", msg("errors.request.badCursor"), [{ path, message: "invalid" }]);
  }
  return { date, id };
}
