import { json, readJson, withPublic } from "@/lib/http";
import { signUpSchema } from "@/lib/schemas/account";
import { signUpUser } from "@/lib/workspaces/sign-up-user";
import { enforceRateLimit, signUpRule } from "@/lib/rate-limit/hit-rate-limit";
import { clientIp } from "@/lib/request-guards";
import { pickLocale } from "@/lib/i18n/locales";

export const POST = withPublic(async ({ req, db, now }) => {
  // A request refused as invalid changes nothing, not even the sender's count of sign-ups.
  const input = await readJson(req, signUpSchema);
  await enforceRateLimit(db, signUpRule(), clientIp(req), now);
  const locale = pickLocale(undefined, req.headers.get("accept-language"));
  const user = await signUpUser({ db, ...input, workspaceName: input.workspace_name, locale });
  const ws = user.memberships[0].workspace;
  return json(
    { user: { id: user.id, email: user.email, name: user.name }, workspace: { slug: ws.slug, name: ws.name } },
    201,
  );
});
