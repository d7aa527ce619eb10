import { json, readJson, withAuth } from "@/lib/http";
import { approvePosts } from "@/lib/plans/approve-posts";
import { approveSchema } from "@/lib/schemas/strategy";

export const POST = withAuth(
  async ({ req, db, auth, now }) =>
    json(await approvePosts({ db, actor: auth.actor, input: await readJson(req, approveSchema), now })),
  { role: "editor" },
);
