import type { Db } from "@/lib/db";

export async function listMembers({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    include: { user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({
    id: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    joined_at: m.createdAt.toISOString(),
  }));
}
