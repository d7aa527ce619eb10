import type { Db } from "@/lib/db";
import { inviteDto } from "./invite-dto";

export async function listInvites({ db, workspaceId, now }: { db: Db; workspaceId: string; now: Date }) {
  const rows = await db.invite.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" }, take: 100 });
  return rows.map((r) => inviteDto(r, now));
}
