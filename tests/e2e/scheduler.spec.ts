import { expect, test } from "@playwright/test";
import { E2E_CRON_SECRET } from "./support/constants";
import { signUp } from "./support/helpers";

test("with no scheduler running, a due approved post raises 'Nothing is publishing'; a cron run clears it", async ({
  page,
}) => {
  // The e2e server runs with SCHEDULER=off, so nothing has run until this test calls the cron route.
  await signUp(page, "Hana Heartbeat");
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    data: {
      brand_name: "Heartbeat Bakery",
      positioning: "Sourdough for the neighbourhood",
      target_audience: "Families nearby",
      value_props: ["Baked every morning"],
      start_date: yesterday,
      duration_days: 1,
      language: "en-US",
      tone: "warm",
      cta_targets: [{ key: "shop", url: "https://bakery.example.com/shop" }],
      platforms: ["linkedin"],
      timezone: "UTC",
    },
  });
  expect(generated.status()).toBe(201);
  const { brand } = (await generated.json()) as { brand: string };
  const approved = await page.request.post("/api/strategy/approve", {
    data: { brand, from: yesterday, to: yesterday },
  });
  expect(approved.ok()).toBe(true);

  const health = await (await page.request.get("/api/health")).json();
  expect(health.scheduler).toMatchObject({ last_run_at: null, state: "stalled" });

  await page.goto(`/runs?brand=${brand}&date=${yesterday}`);
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
    /Next publishing check in \d+ s, last run \d+ \w+, \d\d:\d\d: 1 published/,
  );
  await page.screenshot({ path: "test-results/heartbeat.png", fullPage: true });
  const after = await (await page.request.get("/api/health")).json();
  expect(after.scheduler.state).toBe("ok");
  expect(Date.parse(after.scheduler.last_run_at)).toBeGreaterThan(Date.now() - 60_000);
});
