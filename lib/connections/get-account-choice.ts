import type { Db } from "@/lib/db";
import type { KeyRing } from "@/lib/crypto/secret-box";
import { findAccountChoice, openAccounts } from "./account-choice";

/** What the chooser shows: the network, the brand and each account's identity (never its token). */
export async function getAccountChoice(p: {
  db: Db;
  workspaceId: string;
  userId: string | null;
  id: string;
  keyRing: KeyRing;
  now: Date;
}) {
  const { st, brand } = await findAccountChoice(p);
  const accounts = openAccounts(p.keyRing, st.id, st.accountsEnc!);
  return {
    id: st.id,
    platform: st.platform,
    brand: { slug: brand.slug, name: brand.name },
    expires_at: st.expiresAt.toISOString(),
    accounts: accounts.map((a) => ({
      account_id: a.accountId,
      display_name: a.displayName,
      handle: a.handle,
      avatar_url: a.avatarUrl,
      kind: accountKind(a.accountId),
    })),
  };
}

function accountKind(accountId: string): "organization" | "person" | "page" | "user" {
  if (accountId.startsWith("urn:li:organization:")) return "organization";
  if (accountId.startsWith("urn:li:person:")) return "person";
  return /^\d+$/.test(accountId) ? "page" : "user";
}
