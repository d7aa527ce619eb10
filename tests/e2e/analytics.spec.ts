import { expect, test } from "@playwright/test";
import { signIn } from "./support/helpers";

test("analytics shows the demo's results as charts and explains what learning changed", async ({ page }) => {
  await signIn(page);
  await page.goto("/analytics?brand=acme-analytics");
  await expect(page.getByTestId("analytics-page")).toBeVisible();
  await expect(page.getByTestId("chart-impressions")).toBeVisible();
  await expect(page.getByTestId("chart-impressions").locator("svg.recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("chart-by-pillar")).toBeVisible();
  await expect(page.getByTestId("learning-panel")).toContainText(/your median engagement/);
  await page.screenshot({ path: "test-results/analytics.png", fullPage: true });
  const csv = await page.request.get((await page.getByTestId("download-csv").getAttribute("href")) ?? "");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/^\uFEFFday,posts,impressions/);
});
