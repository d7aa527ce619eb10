import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

test("a move the calendar refuses reads as a refusal, and takes the last change's Undo away", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Refused Owl");
  const today = new Date().toISOString().slice(0, 10);
  await planMonth(page, "Refused Owl", today, 3);
  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await interactive(page);
  const chip = page.getByTestId(`day-${today}`).locator('[data-platform="linkedin"]');
  await chip.focus();
  await page.keyboard.press("Alt+ArrowLeft");
  const status = page.getByTestId("status-line");
  await expect(status).toContainText("Cannot move a post into the past");
  await expect(status).toHaveAttribute("data-refused", "true");
  await expect(page.getByTestId("undo-toast")).toHaveCount(0);
});
