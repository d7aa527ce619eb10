import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { attachShot, interactive, planMonth } from "./support/calendar";

// A browser whose first language is French: the interface follows it until the person picks another.
test.use({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" } });

test("the interface speaks French to a French browser, and the language setting switches it", async ({
  page,
}, info) => {
  const account = await signUpWithBrand(page, "Boulange Fr");
  await planMonth(page, "Boulange Fr", "2027-03-01", 31);
  await page.goto(`/calendar?brand=${account.brand}&month=2027-03&view=list`);
  await interactive(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const nav = page.getByRole("navigation", { name: "Principal" });
  await expect(nav.getByRole("link", { name: "Calendrier" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/mars 2027/);
  await expect(page.getByRole("button", { name: "Aujourd’hui" })).toBeVisible();
  await expect(page.getByTestId("view-week")).toHaveText("Semaine");
  await expect(page.getByTestId("list-day-2027-03-05").locator("[data-platform]").first()).toContainText("Brouillon");
  await attachShot(page, info, "french-list", false);

  const missing = await page.goto("/calendar?brand=inconnue");
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText("Introuvable");

  await page.goto("/settings");
  await page.getByTestId("language-select").selectOption("en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
