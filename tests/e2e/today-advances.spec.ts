import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

// A calendar left open: the server drew it on an earlier day (this machine's real date), and the brand's
// midnight (UTC) then passes in the tab. Its today follows the clock without a reload.
test("an open calendar's today moves on at the brand's midnight", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Midnight Owl");
  await planMonth(page, "Midnight Owl", "2030-05-01", 31);
  await page.clock.install({ time: new Date("2030-05-10T23:58:00Z") });
  await page.goto(`/calendar?brand=${brand}&month=2030-05`);
  await interactive(page);
  const today = page.locator('[aria-current="date"]');
  await expect(today).toHaveAttribute("data-testid", "day-2030-05-10");
  await expect(page.getByTestId("approve-day-2030-05-09")).toHaveCount(0);
  await expect(page.getByTestId("approve-day-2030-05-10")).toBeVisible();

  await page.clock.fastForward("03:00");
  await expect(today).toHaveAttribute("data-testid", "day-2030-05-11");
  // the 10th is past now: its drafts can no longer be approved for it
  await expect(page.getByTestId("approve-day-2030-05-10")).toHaveCount(0);
  await expect(page.getByTestId("approve-day-2030-05-11")).toBeVisible();

  // the week view opens on the new today's week
  await page.getByTestId("view-week").click();
  await expect(page.locator('[aria-current="date"]')).toHaveAttribute("data-testid", "week-day-2030-05-11");
});
