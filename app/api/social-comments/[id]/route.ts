import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { markHandled } from "@/lib/listening/mark-handled";
import { handledInput } from "@/lib/schemas/listening";

export type HandledResponse = JsonOf<typeof markHandled>;

/** `{handled: true}` takes a comment off the list still waiting for an answer; editors and up, as for replying. */
export const PATCH = withAuth<{ id: string }>(
  async ({ req, db, auth, now, params }) => {
    const { handled } = await readJson(req, handledInput);
    return json(await markHandled({ db, actor: auth.actor, now, commentId: params.id, handled }));
  },
  { role: "editor" },
);
