import { expect, type Page, type TestInfo } from "@playwright/test";
import { appHeaders, BRIEF } from "./helpers";

/** Plans `days` days from `start` for the signed-in page's brand through the API (faster than the dialog). */
export async function planMonth(page: Page, name: string, start: string, days: number) {
  const res = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: name, start_date: start, duration_days: days, seed: 7 },
  });
  expect(res.status()).toBe(201);
}

/** The server's HTML shows the calendar before React has hydrated it; drags and keys need the hydrated page. */
export async function interactive(page: Page) {
  await expect(page.locator("[data-calendar-ready]")).toBeAttached();
}

/** A screenshot in the test report, and on disk to look at. */
export async function attachShot(page: Page, info: TestInfo, name: string, fullPage = true) {
  const body = await page.screenshot({ path: `test-results/shots/${name}.png`, fullPage });
  await info.attach(name, { body, contentType: "image/png" });
}

/** Presses Tab until `target` has the focus: what a keyboard-only person does. */
export async function tabTo(page: Page, target: string, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
    if (focused === target) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
