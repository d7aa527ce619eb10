import { json, withAuth } from "@/lib/http";
import { getDayPosts } from "@/lib/plans/get-day-posts";
import { isoDate } from "@/lib/schemas/common";
import { parseWith } from "@/lib/validate";
import { z } from "zod";

export const GET = withAuth<{ brand: string; date: string }>(async ({ db, auth, params }) => {
  const { date } = parseWith(z.object({ date: isoDate }), { date: params.date }, "The date is invalid.");
  return json(await getDayPosts({ db, workspaceId: auth.workspaceId, ref: params.brand, date }));
});
