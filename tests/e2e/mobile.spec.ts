import { expect, test } from "@playwright/test";
import { appHeaders, approvedToday, signUpWithBrand } from "./support/helpers";
import { attachShot, interactive, planMonth } from "./support/calendar";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a 390 px phone: a short header, the month as a day list with full chips, runs as cards", async ({
  page,
}, info) => {
  const account = await signUpWithBrand(page, "Pocket Wren");
  await planMonth(page, "Pocket Wren", "2055-05-01", 31);
  await page.goto(`/calendar?brand=${account.brand}&month=2055-05`);
  await interactive(page);
  const header = (await page.locator("header").first().boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(844 * 0.1);
  // Days are stacked full-width, and a chip shows its time, status word and text in full width.
  const day = page.getByTestId("day-2055-05-12");
  const box = (await day.boundingBox())!;
  expect(box.width).toBeGreaterThan(340);
  await expect(day).toContainText("Wednesday, May 12, 2055");
  const chip = day.locator('[data-platform="linkedin"]');
  await expect(chip).toContainText("09:00");
  await expect(chip).toContainText("Draft");
  expect((await chip.boundingBox())!.width).toBeGreaterThan(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Opened on a month without today in it, the list starts at its top.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await attachShot(page, info, "mobile-month", false);

  // Opened on a day (as today opens the current month), the list starts at that day.
  await page.goto(`/calendar?brand=${account.brand}&month=2055-05&date=2055-05-20`);
  await interactive(page);
  await expect
    .poll(() => page.getByTestId("day-2055-05-20").evaluate((el) => Math.abs(el.getBoundingClientRect().top)))
    .toBeLessThan(2);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  await page.goto(`/calendar?brand=${account.brand}&month=2055-05`);
  await interactive(page);
  await chip.click();
  await expect(page.getByTestId("editor-panel")).toBeVisible();
  await attachShot(page, info, "mobile-editor", false);
  await page.keyboard.press("Escape");

  await page.getByTestId("view-week").click();
  await expect(page.getByTestId("week-grid")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await attachShot(page, info, "mobile-week", false);

  const { brand, today } = await approvedToday(page, "Pocket Runs", { linkedin: "23:59", x: "23:58" });
  await page.goto(`/runs?brand=${brand}&date=${today}`);
  const row = page.getByTestId(`run-row-${brand}-linkedin`);
  await expect(row).toBeVisible();
  // Each cell is named by its column on the card (a ::before label), the Post and Result ones included.
  const labels = await row
    .locator("td[data-label]")
    .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, "::before").content));
  expect(labels).toEqual(['"Network: "', '"State: "', '"Time: "', '"Post: "', '"Result: "']);
  await expect(row.locator('td[data-label="Post: "]')).toHaveText(/\S/);
  expect((await row.boundingBox())!.width).toBeGreaterThan(340);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await attachShot(page, info, "mobile-runs", false);
});

test("on a 390 px phone in French, every link of the main navigation is in sight", async ({ page }) => {
  await signUpWithBrand(page, "Petit Merle");
  const fr = await page.request.put("/api/account/locale", { headers: appHeaders(), data: { locale: "fr" } });
  expect(fr.status()).toBe(200);
  await page.goto("/settings");
  const links = page.getByRole("navigation", { name: "Principal" }).getByRole("link");
  await expect(links).toHaveCount(5);
  await expect(links.last()).toHaveText("Réglages");
  for (const box of await links.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
    expect(box).toBeLessThanOrEqual(390);
});
