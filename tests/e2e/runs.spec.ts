import { expect, test } from "@playwright/test";
import { appHeaders, BRIEF, CONTROL, connectFake, failNextSend, signUpWithBrand } from "./support/helpers";

test("the run board shows a failed post; one Retry publishes it once; a dry run shows the payloads", async ({
  page,
}) => {
  const { brand } = await signUpWithBrand(page, "Runs Owl");
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Runs Owl", start_date: today, duration_days: 1, platforms: ["linkedin", "x"] },
  });
  expect(generated.status()).toBe(201);
  const approved = await page.request.post("/api/strategy/approve", {
    headers: appHeaders(),
    data: { brand, from: today, to: today },
  });
  expect(await approved.json()).toMatchObject({ approved: 2 });
  await connectFake(page, brand, "x");
  await failNextSend("x", "5xx");
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, platforms: ["X"], include_future: true },
  });
  expect(run.status()).toBe(200);

  await page.goto(`/runs?date=${today}&brand=${brand}`);
  const row = page.getByTestId(`run-row-${brand}-x`);
  await expect(row).toHaveAttribute("data-state", "failed");
  await expect(row).toContainText(/503|retryable/i);
  // LinkedIn is not connected: the board says its post goes to the sandbox, before anything is "published".
  await expect(page.getByTestId("sandbox-banner")).toContainText("1 post of this day goes to the sandbox");
  await expect(page.getByTestId(`run-row-${brand}-linkedin`).getByTestId("sandbox-badge")).toBeVisible();
  await expect(row.getByTestId("sandbox-badge")).toHaveCount(0);
  // Recent runs name who ran them; a run from the schedule would say "scheduled run"
  await expect(page.getByText(/ · manual run by \S+/).first()).toBeVisible();
  await page.screenshot({ path: "test-results/runs-failed.png", fullPage: true });

  // In the calendar, the failed post offers what makes sense for it: Retry (and Edit), never Approve.
  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await page.getByTestId(`day-${today}`).locator('[data-platform="x"][data-status="failed"]').click();
  await expect(page.getByTestId("retry-post")).toBeVisible();
  await expect(page.getByTestId("save-post")).toBeVisible();
  await expect(page.getByTestId("approve-post")).toHaveCount(0);
  await page.goto(`/runs?date=${today}&brand=${brand}`);

  const retry = page.getByTestId(`retry-${brand}-x`);
  await retry.dblclick();
  await expect(row).toHaveAttribute("data-state", "published", { timeout: 20_000 });
  const x = await (await fetch(`${CONTROL}/posts?network=x`)).json();
  // the day's X post may be a thread: one root, its later parts replies to it
  expect(x.posts.filter((p: { inReplyTo: string | null }) => !p.inReplyTo)).toHaveLength(1);
  // the refused first attempt, then each part once
  expect(x.receivedCreates).toBe(x.posts.length + 1);
  await page.screenshot({ path: "test-results/runs-published.png", fullPage: true });
  // The cards count what the table shows: the LinkedIn post was never run, so it is still scheduled.
  await expect(page.getByTestId("summary-scheduled")).toContainText("1");
  await page.getByLabel("Network", { exact: true }).selectOption("x");
  await expect(page.getByTestId("summary-scheduled")).toContainText("0");
  await expect(page.getByTestId("summary-published")).toContainText("1");
  await page.getByLabel("Network", { exact: true }).selectOption("all");

  await page.getByTestId("dry-run").click();
  const panel = page.getByTestId("dry-run-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("dry-run-item-linkedin")).toContainText("POST");
  await expect(panel.getByTestId("dry-run-item-linkedin")).toContainText("would go to the sandbox (not connected)");
  await expect(panel).toContainText("sandbox://");
  // the dry run sends nothing
  const after = await (await fetch(`${CONTROL}/posts?network=x`)).json();
  expect(after.receivedCreates).toBe(x.receivedCreates);
});

test("a dry run of a coming day shows the payloads and says Run now leaves them until their time", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Early Owl");
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Early Owl", start_date: tomorrow, duration_days: 1, platforms: ["linkedin"] },
  });
  expect(generated.status()).toBe(201);
  await page.request.post("/api/strategy/approve", { headers: appHeaders(), data: { brand, from: tomorrow } });

  await page.goto(`/runs?date=${tomorrow}&brand=${brand}`);
  await page.getByTestId("dry-run").click();
  const item = page.getByTestId("dry-run-panel").getByTestId("dry-run-item-linkedin");
  await expect(item).toContainText("POST");
  await expect(item.getByTestId("dry-run-not-due")).toContainText("Run now leaves it until then");
});
