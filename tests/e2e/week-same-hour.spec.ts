import { expect, test, type Locator } from "@playwright/test";
import { appHeaders, signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

/** Where the element is on screen, without letting Playwright scroll anything inside the grid. */
const box = async (l: Locator) => (await l.boundingBox())!;

// Two posts in one hour of one day, in the week view: both shown whole and clickable, none scrolled out of sight.
test("the week view shows every post of a crowded hour, and each one opens", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Busy Hour Owl");
  await planMonth(page, "Busy Hour Owl", "2030-06-01", 7);
  const day = "2030-06-05";
  const listed = await page.request.get(`/api/brands/${brand}/posts?from=${day}&to=${day}`);
  const posts = (await listed.json()).posts as { id: string; platform: string; version: number }[];
  // LinkedIn is at 09:00 (the brief's time); Facebook joins it at 09:30, X at 09:45
  for (const [platform, time] of [
    ["facebook", "09:30"],
    ["x", "09:45"],
  ]) {
    const post = posts.find((p) => p.platform === platform)!;
    const moved = await page.request.patch(`/api/posts/${post.id}`, {
      headers: appHeaders(),
      data: { time, version: post.version },
    });
    expect(moved.status()).toBe(200);
  }

  await page.goto(`/calendar?brand=${brand}&view=week&date=${day}`);
  await interactive(page);
  const slot = page.getByTestId(`slot-${day}-09`);
  const chips = slot.locator("[data-platform]");
  await expect(chips).toHaveCount(3);
  await slot.evaluate((el) => el.scrollIntoView({ block: "center" }));
  // nothing hidden behind a scroll bar inside the hour, and the week still fits the window's width
  expect(await slot.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const s = await box(slot);
  for (const chip of await chips.all()) {
    const c = await box(chip);
    expect(c.y).toBeGreaterThanOrEqual(s.y - 1);
    expect(c.y + c.height).toBeLessThanOrEqual(s.y + s.height + 1);
  }
  // the hour keeps its row across the week: the same hour of another day is as tall and level
  const other = await box(page.getByTestId("slot-2030-06-04-09"));
  expect([Math.round(other.y), Math.round(other.height)]).toEqual([Math.round(s.y), Math.round(s.height)]);

  // each chip takes a click at its middle, as a person's pointer would
  for (const chip of await chips.all()) {
    const id = (await chip.getAttribute("data-testid"))!.slice("chip-".length);
    const c = await box(chip);
    await page.mouse.click(c.x + c.width / 2, c.y + c.height / 2);
    await expect(page).toHaveURL(new RegExp(`post=${id}`));
    await expect(page.getByTestId("editor-panel")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("editor-panel")).toBeHidden();
  }
  await page.screenshot({ path: "test-results/shots/week-same-hour.png" });
});
