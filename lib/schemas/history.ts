import { z } from "zod";
import { pageQuery } from "./page";

export const restoreVersionSchema = z.object({
  version_id: z.string().trim().min(1).max(100),
  version: z.number().int().min(1),
});
export type RestoreVersionInput = z.infer<typeof restoreVersionSchema>;

export const undoSchema = z.object({ change_id: z.string().trim().min(1).max(100) });

export const listVersionsQuery = pageQuery({ default: 50, max: 200 });
