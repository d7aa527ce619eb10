import { expect, test } from "@playwright/test";
import { signUp } from "./support/helpers";

test("a new team writes a brief, generates its month, and sees the connections screen", async ({ page }) => {
  await signUp(page, "Fatima Founder");
  await page.getByRole("link", { name: "Write a brand brief" }).click();
  const form = page.getByTestId("brand-form");
  await form.getByLabel("Brand name").fill("Boulangerie Lumière");
  await form.getByRole("button", { name: "Create brand" }).click();
  await expect(form.getByText("Describe the positioning")).toBeVisible();
  // The refusal takes the person to the first field to fix, far above the button.
  await expect(form.getByLabel("Positioning")).toBeFocused();
  await form.getByLabel("Positioning").fill("Le pain au levain du quartier, cuit chaque matin.");
  await form.getByLabel("Target audience").fill("Les familles et les cafés du 11e arrondissement");
  await form.getByLabel("Value propositions").fill("Levain naturel\nFarines locales");
  await form.getByLabel("Language").selectOption("fr-FR");
  await form.getByLabel("Timezone").selectOption("Europe/Paris");
  // The page's address alone is a CTA too, named after its path.
  await form.getByLabel("CTA targets").fill("https://boulangerie.example.com/commande");
  await form.getByRole("button", { name: "Create brand" }).click();
  await expect(page).toHaveURL(/\/calendar\?brand=boulangerie-lumiere/);

  await page.getByTestId("generate-month").click();
  // Past the 1st, the dialog offers to skip the days gone by; this team plans the whole month anyway.
  await expect(page.getByTestId("generate-confirm")).toBeVisible();
  const whole = page.getByLabel(/Plan the past days too/);
  if (await page.getByTestId("past-days").isVisible()) await whole.check();
  await page.getByTestId("generate-confirm").click();
  const chips = page.locator('[data-testid^="chip-"]');
  await expect(chips.first()).toBeVisible({ timeout: 30_000 });
  // 28 to 31 days of three posts, less today's posts whose hour has passed with no later hour left today
  // (late in the evening in Paris): the count depends on the day and the hour the test runs.
  const count = await chips.count();
  expect(count).toBeGreaterThanOrEqual(84 - 3);
  expect(count).toBeLessThanOrEqual(93);
  await chips.first().click();
  await expect(page.getByTestId("editor-body")).toHaveValue(/\u00a0[?!:;]/);

  await page.goto("/settings/connections?brand=boulangerie-lumiere");
  await expect(page.getByTestId("connection-card-linkedin")).toContainText("sandbox");
});
