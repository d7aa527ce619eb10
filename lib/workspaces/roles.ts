import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["owner", "approver", "editor", "viewer"] as const satisfies readonly Role[];

// An approver can do everything an editor can, plus sign off posts when approval is required.
const RANK: Record<Role, number> = { viewer: 0, editor: 1, approver: 2, owner: 3 };

export const lowerRole = (a: Role, b: Role): Role => (RANK[a] <= RANK[b] ? a : b);

export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
