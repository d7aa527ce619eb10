import { expect, test, type Page } from "@playwright/test";
import { appHeaders, BRIEF, CONTROL, connectFake, failNextSend, signUpWithBrand } from "./support/helpers";

/** A signed-up brand whose one LinkedIn post of today was approved, then failed its send with `kind`. */
async function failedToday(page: Page, name: string, kind: string) {
  const { brand } = await signUpWithBrand(page, name);
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: name, start_date: today, duration_days: 1, platforms: ["linkedin"] },
  });
  expect(generated.status()).toBe(201);
  await page.request.post("/api/strategy/approve", { headers: appHeaders(), data: { brand, from: today, to: today } });
  await connectFake(page, brand, "linkedin");
  await failNextSend("linkedin", kind);
  const runNow = () =>
    page.request.post("/api/orchestrator/daily", {
      headers: appHeaders(),
      data: { execute_date: today, brand, include_future: true },
    });
  expect((await runNow()).status()).toBe(200);
  return { brand, today, runNow };
}

test("a post the network refused is edited, approved again and then published", async ({ page }) => {
  const { brand, today, runNow } = await failedToday(page, "Edit Owl", "400");

  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await page.getByTestId(`day-${today}`).locator('[data-platform="linkedin"][data-status="failed"]').click();
  await expect(page.getByTestId("retry-post")).toBeVisible();
  // Why it failed and what to do, with the network's own answer as the detail.
  const advice = page.getByTestId("failure-advice");
  await expect(advice).toHaveAttribute("data-advice", "rejected");
  await expect(advice).toContainText("The network refused this post. Edit it and approve it again");
  await expect(advice).toContainText(/Details: (.+: )?LinkedIn answered 400/);
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

test.describe("in French", () => {
  test.use({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });

  test("the run board says in French why a post failed and what to do", async ({ page }) => {
    const { brand, today } = await failedToday(page, "Chouette Refus", "401");
    await page.goto(`/runs?date=${today}&brand=${brand}`);
    const row = page.getByTestId(`run-row-${brand}-linkedin`);
    await expect(row).toHaveAttribute("data-state", "failed");
    const advice = row.getByTestId("failure-advice");
    await expect(advice).toContainText("Le réseau a refusé l’accès de ce compte. Reconnectez-le, puis relancez.");
    await expect(advice).toContainText(/Détail\u00a0: (.+: )?LinkedIn rejected the access token/);
    await advice.getByRole("link", { name: "Reconnecter le compte" }).click();
    await expect(page).toHaveURL(new RegExp(`/settings/connections\\?brand=${brand}`));
  });
});
