import { expect, test, type Page } from "@playwright/test";
import { appHeaders, BRIEF, signUp, signUpWithBrand } from "./support/helpers";
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

/** A brand whose zone (a fixed offset) puts it at `localHour` now; its slug and its today. */
async function brandAtHour(page: Page, name: string, localHour: number) {
  let offset = localHour - new Date().getUTCHours();
  if (offset < -12) offset += 24;
  if (offset > 14) offset -= 24;
  const timezone = offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`; // Etc signs are inverted
  await signUp(page, name);
  const created = await page.request.post("/api/brands", { headers: appHeaders(), data: { ...BRIEF, name, timezone } });
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  return { slug, today: new Date(Date.now() + offset * 3_600_000).toISOString().slice(0, 10) };
}

// Late in the brand's day (22:xx in a fixed-offset zone), today's posting hours (07–21) are all gone.
test("the generate dialog counts only the posts the plan will hold when today's hours are gone", async ({ page }) => {
  const { slug, today } = await brandAtHour(page, "Late Owl", 22);
  const [y, m, d] = today.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const daysLeft = lastDay - d + 1;

  await page.goto(`/calendar?brand=${slug}&month=${today.slice(0, 7)}`);
  await interactive(page);
  await page.getByTestId("generate-month").click();
  const planned = (daysLeft - 1) * 3;
  await expect(page.getByTestId("late-today")).toHaveText(
    ` 3 of today’s posts are left out: no posting hour is left today. ${planned.toLocaleString("en-US")} posts in all.`,
  );
  if (planned === 0) return; // the month's last day: nothing left to plan
  await page.getByTestId("generate-confirm").click();
  await expect(page.getByTestId("status-line")).toContainText("Generated");
  const res = await page.request.get(`/api/brands/${slug}/posts?from=${today}&to=${today.slice(0, 8)}${lastDay}`);
  expect(((await res.json()).posts as unknown[]).length).toBe(planned);
});

// Mid-morning (10:xx): LinkedIn's 09:00 has passed, so today's LinkedIn post moves to the next hour ahead.
test("the generate dialog says which of today's posts move to a later hour", async ({ page }) => {
  const { slug, today } = await brandAtHour(page, "Morning Owl", 10);
  await page.goto(`/calendar?brand=${slug}&month=${today.slice(0, 7)}`);
  await interactive(page);
  await page.getByTestId("generate-month").click();
  await expect(page.getByTestId("moved-today")).toHaveText(
    /^ Today’s posts whose hour has passed go out later today: LinkedIn at 1[12]:00 instead of 09:00\.$/,
  );
  await expect(page.getByTestId("late-today")).toHaveCount(0);
});
