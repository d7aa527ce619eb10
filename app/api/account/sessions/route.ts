import { json, withSession } from "@/lib/http";
import { endUserSessions } from "@/lib/sessions/end-sessions";

/** Sign out everywhere: every session of the person ends, this browser's included. */
export const DELETE = withSession(async ({ db, userId }) => json(await endUserSessions({ db, userId })));
