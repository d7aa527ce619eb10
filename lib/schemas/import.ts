import { z } from "zod";

/** A spreadsheet's rows: the CSV file's text, or cells pasted from a spreadsheet (tab-separated). */
export const importPostsSchema = z.object({
  content: z.string().min(1, "The file is empty").max(4_000_000, "At most 4 MB at once"),
});
export type ImportPostsInput = z.infer<typeof importPostsSchema>;

export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
