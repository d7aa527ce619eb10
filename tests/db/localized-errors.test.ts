// Issue #13: what the server writes for people reads in their language: a French account gets French error
// messages (the domain's, zod's and the form's field messages), notifications and emails; an API client gets
// English unless it sends Accept-Language. The error shape stays {error:{code,message,details}}.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as extras from "@/app/api/posts/[id]/extras/route";
import * as brand from "@/app/api/brands/[brand]/route";
import * as importRoute from "@/app/api/brands/[brand]/import/route";
import * as comments from "@/app/api/posts/[id]/comments/route";
import * as notifications from "@/app/api/notifications/route";
import * as unknown from "@/app/api/[...unknown]/route";
import { notifyMembers } from "@/lib/notifications/notify-members";
import { msg } from "@/lib/i18n/render-text";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedTenant, type Tenant } from "./support/tenant-fixture";

/** French typography: a no-break space before : ; ? ! and inside « », as the catalogue writes it. */
const fr = (s: string) => s.replace(/ ([:;?!»])/g, "\u00a0$1").replace(/« /g, "«\u00a0");

let db: Db;
let t: Tenant;
let facebookPost: { id: string; version: number };

beforeAll(async () => {
  db = await useRouteEnv();
  t = await seedTenant(db);
  // the editor reads French, the owner left it to the browser
  await db.user.update({ where: { id: t.users.editor }, data: { locale: "fr" } });
  facebookPost = await db.post.findFirstOrThrow({ where: { brandId: t.brand.id, platform: "facebook" } });
  await db.media.create({
    data: {
      id: `img-${t.tag}`,
      workspaceId: t.workspace.id,
      brandId: t.brand.id,
      mimeType: "image/png",
      width: 10,
      height: 10,
      size: 100,
      filename: "a.png",
      storageKey: "k",
      thumbKey: "k",
    },
  });
});

/** Ten slides and one image: more than a Facebook carousel shows. */
const tooBigCarousel = (who: { userId?: string; token?: string; headers?: Record<string, string> }) =>
  callRoute(extras.PUT, {
    method: "PUT",
    ...who,
    params: { id: facebookPost.id },
    body: {
      version: facebookPost.version,
      slides: Array.from({ length: 10 }, (_, i) => `Slide ${i + 1}`),
      media_ids: [`img-${t.tag}`],
    },
  });

describe("server messages in the reader's language", () => {
  it("a domain refusal: French for a French account, English for others and for API clients", async () => {
    const fr = await tooBigCarousel({ userId: t.users.editor });
    expect(fr.status).toBe(422);
    expect(fr.json.error).toMatchObject({
      code: "validation_error",
      message: "Un carrousel Facebook montre au plus 10 photos, diapositives comprises.",
      details: [{ path: "slides", message: "too many" }],
    });
    const en = await tooBigCarousel({ userId: t.users.owner });
    expect(en.json.error.message).toBe("A Facebook carousel shows at most 10 photos, slides included.");
    expect((await tooBigCarousel({ token: t.tokens.editor })).json.error.message).toMatch(/^A Facebook carousel/);
    const asked = await tooBigCarousel({ token: t.tokens.editor, headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect(asked.json.error.message).toMatch(/^Un carrousel Facebook/);
    // a person who left it to the browser follows the browser
    const browser = await tooBigCarousel({ userId: t.users.owner, headers: { "accept-language": "fr" } });
    expect(browser.json.error.message).toMatch(/^Un carrousel Facebook/);
  });

  it("a schema refusal: the summary, the schema's own message and zod's, all in French", async () => {
    const patch = (body: unknown) =>
      callRoute(brand.PATCH, { method: "PATCH", userId: t.users.editor, params: { brand: t.brand.slug }, body });
    const reversed = await patch({ posting_hours: { start: 18, end: 9 } });
    expect(reversed.status).toBe(422);
    expect(reversed.json.error).toEqual({
      code: "validation_error",
      message: "La requête n’est pas valide.",
      details: [
        {
          path: "posting_hours.end",
          message: "Les heures de publication doivent finir après leur début",
          code: "custom",
        },
      ],
    });
    const typed = await patch({ posting_hours: { start: "9", end: 17 } });
    expect(typed.json.error.details[0]).toMatchObject({ path: "posting_hours.start", code: "invalid_type" });
    expect(typed.json.error.details[0].message).toMatch(/nombre attendu, chaîne de caractères reçu/);
    const named = await patch({ name: "" });
    expect(named.json.error.details[0].message).toBe("Nommez la marque");
  });

  it("an import's per-row problems", async () => {
    const res = await callRoute(importRoute.POST, {
      method: "POST",
      userId: t.users.editor,
      params: { brand: t.brand.slug },
      body: { content: "date,time,network,text,link\n2031-01-05,7pm,x,Hello," },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      { row: 2, column: "time", message: fr("« 7pm » n’est pas une heure : utilisez HH:MM, sur 24 heures.") },
    ]);
    expect(res.json.error.message).toBe(fr("1 ligne a des problèmes ; rien n’a été importé."));
  });

  it("a path with no endpoint, for a browser that asks for French", async () => {
    const res = await unknown.GET(
      new Request("http://localhost:3000/api/nothing", { headers: { "accept-language": "fr" } }),
    );
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toBe("Aucun point d’accès de l’API à cette adresse.");
  });

  it("notifications: each member reads the same mention in their own language", async () => {
    const res = await callRoute(comments.POST, {
      method: "POST",
      userId: t.users.owner,
      params: { id: facebookPost.id },
      body: { body: "@editor and @viewer, have a look" },
    });
    expect(res.status, res.text).toBe(201);
    const bell = async (userId: string) =>
      (await callRoute(notifications.GET, { userId, path: "/api/notifications" })).json.notifications[0].title;
    expect(await bell(t.users.editor)).toMatch(
      / vous a mentionné sur le post Facebook du 2030-.*\u00a0: @editor and @viewer/,
    );
    expect(await bell(t.users.viewer)).toMatch(/ mentioned you on the Facebook post of 2030-.*: @editor and @viewer/);
  });

  it("emails: in the recipient's account language, English when they chose none", async () => {
    await db.$transaction((tx) =>
      notifyMembers(
        tx,
        { emailEnabled: true, appUrl: "http://localhost:3000" },
        {
          workspaceId: t.workspace.id,
          kind: "needs_reconnect",
          title: msg("notifications.titles.reconnect", { brand: "Acme", network: "X" }),
          userIds: [t.users.editor, t.users.viewer],
        },
      ),
    );
    const mail = async (userId: string) => {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
      const row = await db.outboxMessage.findFirstOrThrow({ where: { recipient: user.email, channel: "email" } });
      return row.payload as { subject: string; text: string };
    };
    expect(await mail(t.users.editor)).toMatchObject({
      subject: fr("[Social CM] Connexion à reconnecter : Acme : X doit être reconnecté"),
      text: expect.stringContaining("Réglages → Notifications"),
    });
    expect((await mail(t.users.viewer)).subject).toBe(
      "[Social CM] Connection needs reconnect: Acme: X needs to be reconnected",
    );
  });
});
