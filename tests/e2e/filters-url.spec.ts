import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

test("the calendar's filters live in its URL: a reload or a shared link shows the same posts", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Filtered Finch");
  await planMonth(page, "Filtered Finch", "2055-05-01", 31);
  await planMonth(page, "Filtered Finch", "2055-06-01", 30);
  await page.goto(`/calendar?brand=${brand}&month=2055-05`);
  await interactive(page);
  const chips = page.locator('[data-testid^="chip-"]');
  await expect(chips).toHaveCount(93);

  await page.getByLabel("Filter by network").selectOption("x");
  await page.getByLabel("Filter by status").selectOption("draft");
  await expect(page).toHaveURL(/[?&]network=x(&|$)/);
  await expect(page).toHaveURL(/[?&]status=draft(&|$)/);
  await expect(chips).toHaveCount(31);

  await page.reload();
  await interactive(page);
  await expect(page.getByLabel("Filter by network")).toHaveValue("x");
  await expect(chips).toHaveCount(31);
  await expect(page.locator('[data-testid^="chip-"]:not([data-platform="x"])')).toHaveCount(0);

  // Another month keeps the filter.
  await page.getByLabel("Next month").click();
  await expect(page).toHaveURL(/month=2055-06/);
  await expect(page).toHaveURL(/[?&]network=x(&|$)/);
  await expect(chips).toHaveCount(30);

  // Back to all networks: the key leaves the URL.
  await page.getByLabel("Filter by network").selectOption("all");
  await expect(page).not.toHaveURL(/network=/);
  await expect(chips).toHaveCount(90);

  // A link to a post no longer in the view says so rather than opening nothing.
  await page.goto(`/calendar?brand=${brand}&month=2055-05&post=gone-post-id`);
  await expect(page.getByTestId("post-gone")).toContainText("not in this view");

  // A value the calendar does not know shows everything rather than nothing.
  await page.goto(`/calendar?brand=${brand}&month=2055-05&network=myspace`);
  await interactive(page);
  await expect(page.getByLabel("Filter by network")).toHaveValue("all");
  await expect(chips).toHaveCount(93);
});
