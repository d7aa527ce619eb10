import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { chooseAccount } from "@/lib/connections/choose-account";
import { getAccountChoice } from "@/lib/connections/get-account-choice";
import { chooseAccountSchema } from "@/lib/schemas/connections";

export type AccountChoiceResponse = JsonOf<typeof getAccountChoice>;
export type ChosenAccountResponse = JsonOf<typeof chooseAccount>;

type P = { id: string };

/** The accounts an OAuth grant offers (several Facebook Pages or LinkedIn organizations), without tokens. */
export const GET = withAuth<P>(
  async ({ db, auth, params, now }) =>
    json(
      await getAccountChoice({
        db,
        workspaceId: auth.workspaceId,
        userId: auth.userId,
        id: params.id,
        keyRing: keyRingFromEnv(),
        now,
      }),
    ),
  { role: "owner" },
);

export const POST = withAuth<P>(
  async ({ req, db, auth, params, now }) => {
    const input = await readJson(req, chooseAccountSchema);
    return json(
      await chooseAccount({
        db,
        actor: auth.actor,
        id: params.id,
        accountId: input.account_id,
        keyRing: keyRingFromEnv(),
        now,
      }),
      201,
    );
  },
  { role: "owner" },
);
