import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

test("the brand's page lists its client review links, and a revoked one no longer opens", async ({ page, browser }) => {
  const { brand } = await signUpWithBrand(page, "Linked Owl");
  await page.goto(`/settings/brands/${brand}`);
  await expect(page.getByTestId("review-links-empty")).toContainText("No link a client can open right now");

  await planMonth(page, "Linked Owl", "2055-07-01", 31);
  await page.goto(`/calendar?brand=${brand}&month=2055-07`);
  await interactive(page);
  await page.getByTestId("create-review-link").click();
  const url = await page.getByTestId("review-link").inputValue();
  await page.getByRole("link", { name: "Manage links" }).click();

  const links = page.getByTestId("review-links");
  const row = links.locator('[data-testid^="review-link-"]');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-state", "active");
  await expect(row).toContainText("Jul 1 – Jul 31");
  page.once("dialog", (d) => void d.accept());
  await row.getByTestId("revoke-review-link").click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId("review-links-empty")).toBeVisible();
  await links.getByLabel("Show revoked and expired").check();
  await expect(row).toHaveAttribute("data-state", "revoked");
  await expect(row).toContainText("revoked");

  const client = await (await browser.newContext()).newPage();
  await client.goto(url);
  await expect(client.getByText("This review link is invalid, expired or revoked")).toBeVisible();
});
