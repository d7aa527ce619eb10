import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

test("each change gets its own ten seconds of Undo, even when it reads like the one before", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Toast Owl");
  await planMonth(page, "Toast Owl", "2055-05-01", 31);
  await page.clock.install();
  await page.goto(`/calendar?brand=${brand}&month=2055-05`);
  await interactive(page);
  const toast = page.getByTestId("undo-toast");
  const approve = async (day: string) => {
    await page.getByTestId(`day-${day}`).locator('[data-platform="linkedin"]').click();
    await page.getByTestId("approve-post").first().click();
    await expect(toast).toHaveText(/Marked approved\./);
    await page.keyboard.press("Escape");
  };

  await approve("2055-05-10");
  await page.clock.runFor(6_000);
  await approve("2055-05-11");
  // Ten seconds after the first approval, the second one's Undo is still offered...
  await page.clock.runFor(6_000);
  await expect(toast).toBeVisible();
  // ...and it goes ten seconds after its own change.
  await page.clock.runFor(5_000);
  await expect(toast).toHaveCount(0);
});
