// Issue #13: the interface language is an account setting kept on the user; null follows the browser.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as locale from "@/app/api/account/locale/route";
import * as prefs from "@/app/api/notifications/preferences/route";
import { pickLocale } from "@/lib/i18n/locales";
import { getUserLocale } from "@/lib/workspaces/set-user-locale";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedWorkspace } from "./support/seed-workspace";

let db: Db;
beforeAll(async () => {
  db = await useRouteEnv();
});

const put = (userId: string, body: unknown) => callRoute(locale.PUT, { method: "PUT", userId, body });

describe("the language setting", () => {
  it("is stored on the person, wins over the browser, and null hands the choice back to the browser", async () => {
    const ws = await seedWorkspace(db);
    const me = ws.users.editor;
    expect(await getUserLocale({ db, userId: me })).toBeNull();

    const set = await put(me, { locale: "fr" });
    expect([set.status, set.json]).toEqual([200, { locale: "fr" }]);
    expect(await getUserLocale({ db, userId: me })).toBe("fr");
    expect(pickLocale(await getUserLocale({ db, userId: me }), "en-US,en;q=0.9")).toBe("fr");
    // another member of the workspace keeps their own choice
    expect(await getUserLocale({ db, userId: ws.users.owner })).toBeNull();

    const cleared = await put(me, { locale: null });
    expect([cleared.status, cleared.json]).toEqual([200, { locale: null }]);
    expect(pickLocale(await getUserLocale({ db, userId: me }), "fr-CA,en;q=0.5")).toBe("fr");
    expect(pickLocale(await getUserLocale({ db, userId: me }), "de-DE")).toBe("en");
  });

  it("refuses a language it does not speak or a missing field with 422, and changes nothing", async () => {
    const ws = await seedWorkspace(db);
    const me = ws.users.viewer;
    await put(me, { locale: "fr" });
    for (const body of [{ locale: "de" }, { locale: "FR" }, {}, { locale: 3 }]) {
      const res = await put(me, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error.code).toBe("validation_error");
    }
    expect(await getUserLocale({ db, userId: me })).toBe("fr");
  });

  it("labels the notification preferences in the person's language, on reading and on saving", async () => {
    const ws = await seedWorkspace(db);
    const me = ws.users.editor;
    const english = { "accept-language": "en-US,en;q=0.9" };
    const labels = (res: { json: { preferences: { kind: string; label: string }[] } }) =>
      Object.fromEntries(res.json.preferences.map((p) => [p.kind, p.label]));

    expect(labels(await callRoute(prefs.GET, { userId: me, headers: english }))).toMatchObject({
      review_requested: "Review requested",
      token_expiring: "Token expiring in 7 days",
    });
    await put(me, { locale: "fr" });
    const fr = labels(await callRoute(prefs.GET, { userId: me, headers: english }));
    expect(fr).toMatchObject({ review_requested: "Relecture demandée", needs_reconnect: "Connexion à reconnecter" });
    expect(Object.keys(fr)).toHaveLength(7);
    const saved = await callRoute(prefs.PUT, {
      method: "PUT",
      userId: me,
      headers: english,
      body: { preferences: [{ kind: "mention", in_app: false, email: true }] },
    });
    expect(labels(saved)).toMatchObject({ post_failed: "Post en échec" });
    // no setting: the browser's language
    await put(me, { locale: null });
    expect(labels(await callRoute(prefs.GET, { userId: me, headers: { "accept-language": "fr-BE" } }))).toMatchObject({
      negative_comments: "Commentaires qui virent au négatif",
    });
  });

  it("needs a signed-in session: an API token or nobody gets 401", async () => {
    const res = await callRoute(locale.PUT, { method: "PUT", body: { locale: "fr" } });
    expect(res.status).toBe(401);
  });
});
