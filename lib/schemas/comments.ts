import { z } from "zod";

export const addCommentSchema = z.object({ body: z.string().trim().min(1, "Write something").max(4000) });
