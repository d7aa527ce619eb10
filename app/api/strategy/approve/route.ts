import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { approvePosts } from "@/lib/plans/approve-posts";
import { assertMayApprove } from "@/lib/review/approval-policy";
import { approveSchema } from "@/lib/schemas/strategy";

export type ApprovedResponse = JsonOf<typeof approvePosts>;

export const POST = withAuth(
  async ({ req, db, auth, now }) => {
    const input = await readJson(req, approveSchema);
    const ws = await db.workspace.findUniqueOrThrow({ where: { id: auth.workspaceId } });
    // Each post's own author is filtered out inside; this checks the role and that a person approves.
    assertMayApprove({
      approvalRequired: ws.approvalRequired,
      role: auth.role,
      userId: auth.userId,
      lastEditorId: null,
    });
    return json(await approvePosts({ db, actor: auth.actor, input, now }));
  },
  { role: "editor" },
);
