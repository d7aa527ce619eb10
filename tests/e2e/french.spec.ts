import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { attachShot, interactive, planMonth } from "./support/calendar";

// A browser whose first language is French: the interface follows it until the person picks another.
test.use({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" } });

test("the interface speaks French to a French browser, and the language setting switches it", async ({
  page,
}, info) => {
  const account = await signUpWithBrand(page, "Boulange Fr");
  await planMonth(page, "Boulange Fr", "2055-03-01", 31);
  await page.goto(`/calendar?brand=${account.brand}&month=2055-03&view=list`);
  await interactive(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle("Calendrier · Social CM");
  const nav = page.getByRole("navigation", { name: "Principal" });
  await expect(nav.getByRole("link", { name: "Calendrier" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/mars 2055/);
  await expect(page.getByRole("button", { name: "Aujourd’hui" })).toBeVisible();
  await expect(page.getByTestId("view-week")).toHaveText("Semaine");
  await expect(page.getByTestId("list-day-2055-03-05").locator("[data-platform]").first()).toContainText("Brouillon");
  await attachShot(page, info, "french-list", false);
  // Excel set to French splits on semicolons: the calendar's CSV link asks for them (the API's default is the comma).
  const csvLink = page.getByTestId("export-csv");
  await expect(csvLink).toHaveAttribute("href", `/api/strategy/export/${account.brand}.csv?delimiter=semicolon`);
  const csv = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toBe(
    "\uFEFFid;date;time;platform;status;pillar;angle;hook;cta;format;body;hashtags;link;remote_url",
  );

  const missing = await page.goto("/calendar?brand=inconnue");
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText("Introuvable");

  await page.goto("/settings");
  await page.getByTestId("language-select").selectOption("en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("a person who picks French in their account settings", () => {
  // An English browser: only the account setting can make the interface French.
  test.use({ locale: "en-US", extraHTTPHeaders: { "accept-language": "en-US,en;q=0.9" } });

  test("sees the settings, editor, a dialog and the runs board in French, with French numbers and dates", async ({
    page,
  }, info) => {
    const account = await signUpWithBrand(page, "Boulange Compte");
    await planMonth(page, "Boulange Compte", "2055-03-01", 31);

    await page.goto("/settings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await page.getByTestId("language-select").selectOption("fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Réglages");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { name: "Votre compte" })).toBeVisible();
    await expect(page.getByLabel("Nouveau mot de passe")).toBeVisible();
    // Kept on the account, not in a cookie: a reload with the same English browser stays French.
    expect(await page.evaluate(() => document.cookie)).not.toContain("NEXT_LOCALE");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Réglages");
    await expect(page.getByTestId("language-select")).toHaveValue("fr");
    await page.goto("/settings/team");
    await expect(page.getByRole("heading", { name: "Membres" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Vos notifications" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Relecture demandée", exact: true })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Jeton expirant dans 7 jours par e-mail" })).toBeChecked();
    await expect(
      page.getByRole("checkbox", { name: "Commentaires qui virent au négatif dans l’application" }),
    ).toBeChecked();

    // The calendar and its editor: French dates, status words and display names.
    await page.goto(`/calendar?brand=${account.brand}&month=2055-03&view=list`);
    await interactive(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/mars 2055/);
    await expect(page.getByTestId("list-day-2055-03-05")).toContainText("vendredi 5 mars 2055");
    await page.getByTestId("list-day-2055-03-05").locator("[data-platform]").first().click();
    const editor = page.getByTestId("editor-panel");
    await expect(editor).toContainText("Texte du post");
    await expect(editor).toContainText("Statut : Brouillon");
    await expect(editor.getByTestId("save-post")).toHaveText("Enregistrer");
    await expect(editor.getByRole("button", { name: "Aperçu de la journée" })).toBeVisible();
    await expect(editor).toContainText("Pilier");
    await expect(editor.getByTestId("best-times")).toContainText("Meilleurs horaires sur");
    await editor.getByTestId("history-toggle").click();
    // a French date and 24-hour time: "5 déc. 2026, 00:12"
    await expect(editor.getByTestId("history-version").first()).toContainText(
      /\d{1,2} [a-zéû]+\.? \d{4}.{1,3}\d\d:\d\d/,
    );
    await attachShot(page, info, "french-editor", false);
    await page.keyboard.press("Escape");
    await expect(editor).toHaveCount(0);

    // A dialog: French words and a French thousands separator ("1 000", a narrow no-break space).
    await page.getByTestId("import-open").click();
    const dialog = page.getByTestId("import-dialog");
    await expect(dialog.getByRole("heading")).toHaveText("Importer des posts en brouillon");
    await expect(dialog).toContainText("Jusqu’à 1\u202f000 lignes");
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeVisible();
    await attachShot(page, info, "french-import-dialog", false);
    // The server's own refusal, in the account's language although the browser asks for English.
    await dialog.getByTestId("import-file").setInputFiles({
      name: "mars.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("date,time,network,text,link\n2055-03-09,7pm,x,Bonjour,"),
    });
    await dialog.getByTestId("import-submit").click();
    await expect(dialog.getByTestId("import-error")).toContainText("«\u00a07pm\u00a0» n’est pas une heure");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await page.getByRole("button", { name: "Régénérer le mois" }).click();
    await expect(page.getByTestId("brief-form")).toContainText("31 jours × LinkedIn, Facebook et X = 93 posts");
    await page.keyboard.press("Escape");

    // The brief's own checks, before anything is sent.
    await page.goto(`/settings/brands/${account.brand}`);
    const form = page.getByTestId("brand-form");
    await form.locator('select[name="posting_start"]').selectOption("18");
    await form.locator('select[name="posting_end"]').selectOption("9");
    await form.getByRole("button", { name: "Enregistrer le brief" }).click();
    await expect(form.getByTestId("posting-hours-fields").getByRole("alert")).toHaveText(
      "Les heures de publication doivent finir après leur début",
    );

    // The runs board.
    await page.goto(`/runs?brand=${account.brand}&date=2055-03-05`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publications");
    await expect(page.getByTestId("run-now")).toHaveText("Publier maintenant");
    await expect(page.getByTestId("summary-published")).toContainText("publié");
    await expect(page.getByRole("combobox", { name: "Réseau" })).toContainText("Tous les réseaux");
    await attachShot(page, info, "french-runs", false);

    // Every spreadsheet download opens in French Excel: semicolons (and decimal commas).
    await page.goto(`/analytics?brand=${account.brand}`);
    await expect(page.getByTestId("download-csv")).toHaveAttribute("href", /[?&]delimiter=semicolon(&|$)/);
    await page.goto("/settings/activity");
    const activity = page.getByTestId("activity-csv");
    await expect(activity).toHaveAttribute("href", /[?&]delimiter=semicolon(&|$)/);
    const file = await page.request.get((await activity.getAttribute("href"))!);
    expect((await file.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      "at;actor;action;brand;target_type;target_id;details",
    );
  });
});
