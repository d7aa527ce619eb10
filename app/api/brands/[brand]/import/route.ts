import type { NextRequest } from "next/server";
import { json, readerLocale, readJson, withAuth } from "@/lib/http";
import { AppError } from "@/lib/errors";
import { assertStorableText, readBodyCapped } from "@/lib/request-guards";
import { importPosts } from "@/lib/plans/import-posts";
import { importPostsSchema, MAX_IMPORT_BYTES } from "@/lib/schemas/import";
import { msg, renderText } from "@/lib/i18n/render-text";

export type ImportResponse = {
  created: number;
  errors: { row: number; column: string | null; message: string }[];
};

/** A CSV or TSV body as it is (`curl --data-binary @posts.csv`), or JSON `{content}` from the browser. */
async function readContent(req: NextRequest): Promise<string> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^text\/(csv|tab-separated-values|plain)\b/.test(type)) return (await readJson(req, importPostsSchema)).content;
  const text = await readBodyCapped(req, MAX_IMPORT_BYTES);
  assertStorableText(text, "request body");
  if (!text.trim())
    throw new AppError("validation_error", msg("errors.media.empty"), [{ path: "content", message: "empty" }]);
  return text;
}

export const POST = withAuth<{ brand: string }>(
  async ({ req, db, auth, params, now }) => {
    const content = await readContent(req);
    const result = await importPosts({ db, actor: auth.actor, ref: params.brand, content, now });
    if (result.errors.length === 0) return json(result, 201);
    // Nothing was written: the per-row errors, inside the project's error shape too, in the reader's language.
    const locale = await readerLocale(req, db, auth.userId);
    const errors = result.errors.map((e) => ({ ...e, message: renderText(e.message, locale) }));
    const rows = new Set(errors.map((e) => e.row)).size;
    return json(
      {
        created: 0,
        errors,
        error: {
          code: "validation_error",
          message: renderText(msg("errors.import.summary", { rows }), locale),
          details: errors.map((e) => ({ path: `row ${e.row}${e.column ? `.${e.column}` : ""}`, message: e.message })),
        },
      },
      422,
    );
  },
  { role: "editor" },
);
