import { json, withSession, type JsonOf } from "@/lib/http";
import { endUserSessions } from "@/lib/sessions/end-sessions";

export type EndedSessionsResponse = JsonOf<typeof endUserSessions>;

/** Sign out everywhere: every session of the person ends, this browser's included. */
export const DELETE = withSession(async ({ db, userId }) => json(await endUserSessions({ db, userId })));
