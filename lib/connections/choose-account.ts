import type { Db } from "@/lib/db";
import type { KeyRing } from "@/lib/crypto/secret-box";
import type { Actor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import type { OAuthPlatform } from "@/lib/networks/oauth/oauth-client";
import { findAccountChoice, openAccounts } from "./account-choice";
import { connectionDto } from "./connection-dto";
import { saveVerifiedConnection } from "./save-verified-connection";
import { msg } from "@/lib/i18n/render-text";

/**
 * Connects the Page or organization the person picked. Taking the choice clears it in the same
 * statement, so a second click or a replay connects nothing; the other accounts' tokens are dropped.
 */
export async function chooseAccount({
  db,
  actor,
  id,
  accountId,
  keyRing,
  now,
}: {
  db: Db;
  actor: Actor;
  id: string;
  accountId: string;
  keyRing: KeyRing;
  now: Date;
}) {
  const { st, brand } = await findAccountChoice({ db, workspaceId: actor.workspaceId, userId: actor.userId, id, now });
  const account = openAccounts(keyRing, st.id, st.accountsEnc!).find((a) => a.accountId === accountId);
  if (!account)
    throw new AppError("validation_error", msg("errors.connections.chooseOffered"), [
      { path: "account_id", message: msg("errors.detail.notOffered") },
    ]);
  const taken = await db.oAuthState.updateMany({
    where: { id: st.id, accountsEnc: st.accountsEnc },
    data: { accountsEnc: null },
  });
  if (taken.count === 0) throw new AppError("conflict", msg("errors.connections.choiceRace"));
  const conn = await saveVerifiedConnection({
    db,
    actor,
    brandId: brand.id,
    platform: st.platform as OAuthPlatform,
    identity: account,
    tokens: account.tokens,
    keyRing,
    now,
    via: "oauth",
  });
  return { brand: brand.slug, platform: st.platform, connection: connectionDto(conn, now) };
}
