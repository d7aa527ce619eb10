import { z } from "zod";

/** A spreadsheet's rows: the CSV file's text, or cells pasted from a spreadsheet (tab-separated). */
export const importPostsSchema = z.object({
  content: z.string().min(1, "errors.v.fileEmpty").max(4_000_000, "errors.v.import4mb"),
});
export type ImportPostsInput = z.infer<typeof importPostsSchema>;

export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
