import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { interactive } from "./support/calendar";

// The month under way, planned from the calendar: today's posts only at times still ahead (brand zone UTC).
test("generating the current month plans today's posts only at times still ahead", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Today Owl");
  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await interactive(page);
  await page.getByTestId("generate-month").click();
  const asked = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/strategy/generate"));
  const clicked = Date.now();
  await page.getByTestId("generate-confirm").click();
  expect((await asked).postDataJSON()).toMatchObject({ start_date: today, skip_past_hours: true });
  await expect(page.getByTestId("status-line")).toContainText("Generated");

  const res = await page.request.get(`/api/brands/${brand}/posts?from=${today}&to=${today}`);
  expect(res.status()).toBe(200);
  const posts = (await res.json()).posts as { platform: string; scheduled_at: string }[];
  for (const p of posts) expect(Date.parse(p.scheduled_at), p.platform).toBeGreaterThan(clicked);
});
