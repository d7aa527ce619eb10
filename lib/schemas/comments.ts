import { z } from "zod";

export const addCommentSchema = z.object({ body: z.string().trim().min(1, "errors.v.writeSomething").max(4000) });
