import { expect, test } from "@playwright/test";
import { E2E_CRON_SECRET } from "./support/constants";
import { approvedLinkedInToday, signUp } from "./support/helpers";

test("with no scheduler running, a due approved post raises 'Nothing is publishing'; a cron run clears it", async ({
  page,
}) => {
  // The e2e server runs with SCHEDULER=off, so nothing has run until this test calls the cron route.
  await signUp(page, "Hana Heartbeat");
  // Due since 00:00 UTC.
  const { brand, today } = await approvedLinkedInToday(page, "Heartbeat Bakery", "00:00");

  const health = await (await page.request.get("/api/health")).json();
  expect(health.scheduler).toMatchObject({ last_run_at: null, state: "stalled" });

  await page.goto(`/runs?brand=${brand}&date=${today}`);
  const banner = page.getByTestId("nothing-publishing");
  await expect(banner).toContainText("Nothing is publishing: no cron or scheduler has run yet.");
  await expect(banner).toContainText("1 approved post is past its time");
  await expect(banner).toContainText("SCHEDULER=off");
  await expect(banner).toContainText("GET /api/cron/daily");
  await page.screenshot({ path: "test-results/nothing-publishing.png", fullPage: true });

  const run = await page.request.get("/api/cron/daily", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(run.status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId(`run-row-${brand}-linkedin`)).toHaveAttribute("data-state", "published");
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId("heartbeat")).toContainText(
    /Next publishing check in \d+ s, last run (\d+ \w+|\w+ \d+), \d\d:\d\d: 1 published/,
  );
  await page.screenshot({ path: "test-results/heartbeat.png", fullPage: true });
  const after = await (await page.request.get("/api/health")).json();
  expect(after.scheduler.state).toBe("ok");
  expect(Date.parse(after.scheduler.last_run_at)).toBeGreaterThan(Date.now() - 60_000);
});
