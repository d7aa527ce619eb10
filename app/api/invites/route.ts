import { json, readJson, readQuery, readerLocale, withAuth, type JsonOf } from "@/lib/http";
import { notifyContext } from "@/lib/wiring/notify-deps";
import { createInviteSchema, listInvitesQuery } from "@/lib/schemas/team";
import { createInvite } from "@/lib/team/create-invite";
import { listInvites } from "@/lib/team/list-invites";

export type InvitesResponse = JsonOf<typeof listInvites>;
export type CreatedInviteResponse = JsonOf<typeof createInvite>;

export const GET = withAuth(
  async ({ req, db, auth, now }) =>
    json(await listInvites({ db, workspaceId: auth.workspaceId, now, ...readQuery(req, listInvitesQuery) })),
  { role: "owner" },
);

export const POST = withAuth(
  async ({ req, db, auth, now }) => {
    const input = await readJson(req, createInviteSchema);
    // the inviter's language: their account setting, else their browser's
    const locale = await readerLocale(req, db, auth.userId);
    return json(await createInvite({ db, actor: auth.actor, input, now, notify: notifyContext(req), locale }), 201);
  },
  { role: "owner" },
);
