import { expect, test } from "@playwright/test";
import { appHeaders, BRIEF, CONTROL, connectFake, failNextSend, signUpWithBrand } from "./support/helpers";

test("a post the network refused is edited, approved again and then published", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Edit Owl");
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Edit Owl", start_date: today, duration_days: 1, platforms: ["linkedin"] },
  });
  expect(generated.status()).toBe(201);
  await page.request.post("/api/strategy/approve", { headers: appHeaders(), data: { brand, from: today, to: today } });
  await connectFake(page, brand, "linkedin");
  await failNextSend("linkedin", "400");
  const runNow = () =>
    page.request.post("/api/orchestrator/daily", {
      headers: appHeaders(),
      data: { execute_date: today, brand, include_future: true },
    });
  expect((await runNow()).status()).toBe(200);

  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await page.getByTestId(`day-${today}`).locator('[data-platform="linkedin"][data-status="failed"]').click();
  await expect(page.getByTestId("retry-post")).toBeVisible();
  const body = page.getByTestId("editor-body");
  await body.fill(`${await body.inputValue()}\n\nEdited after the refusal.`);
  await page.getByTestId("save-post").click();
  // The new text needs a new approval; approved, the next run sends it.
  await expect(page.getByTestId("approve-post")).toHaveText("Approve");
  await page.getByTestId("approve-post").click();
  await expect(page.getByTestId("approve-post")).toHaveText("Unapprove");
  expect((await runNow()).status()).toBe(200);
  await page.goto(`/runs?date=${today}&brand=${brand}`);
  await expect(page.getByTestId(`run-row-${brand}-linkedin`)).toHaveAttribute("data-state", "published");
  const sent = await (await fetch(`${CONTROL}/posts?network=linkedin`)).json();
  expect(sent.posts).toHaveLength(1);
  expect(JSON.stringify(sent.posts[0])).toContain("Edited after the refusal.");
});
