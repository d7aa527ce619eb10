import { json, readJson, withSession } from "@/lib/http";
import { setLocaleSchema } from "@/lib/schemas/account";
import { setUserLocale } from "@/lib/workspaces/set-user-locale";

export type LocaleSetResponse = Awaited<ReturnType<typeof setUserLocale>>;

/** `{"locale":"fr"}` or `{"locale":null}` (follow the browser): the signed-in person's interface language. */
export const PUT = withSession(async ({ req, db, userId }) => {
  const input = await readJson(req, setLocaleSchema);
  return json(await setUserLocale({ db, userId, locale: input.locale }));
});
