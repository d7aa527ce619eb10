import { expect, test } from "@playwright/test";
import { appHeaders, signIn } from "./support/helpers";

test("Connect X: consent at the network, come back, see who is connected, publish with it", async ({ page }) => {
  await signIn(page);
  const today = new Date().toISOString().slice(0, 10);
  const gen = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: {
      brand_name: "OAuth Bakery",
      positioning: "Fresh bread every morning",
      target_audience: "Neighbours",
      value_props: ["Sourdough", "Open at 7"],
      start_date: today,
      duration_days: 1,
      language: "en-US",
      tone: "friendly",
      cta_targets: ["newsletter"],
      platforms: ["X"],
      timezone: "UTC",
      seed: 7,
    },
  });
  expect(gen.status(), await gen.text()).toBeLessThan(300);

  await page.goto("/settings/connections?brand=oauth-bakery");
  await page.getByRole("link", { name: "Connect X" }).click();
  // The fake network's own consent page, on its own host.
  await expect(page.getByText("Social CM Orchestrator wants to post on your behalf.")).toBeVisible();
  await page.getByRole("link", { name: "Authorize app" }).click();

  await expect(page).toHaveURL(/\/settings\/connections\?connected=x/);
  await expect(page.getByRole("status")).toContainText("Connected X.");
  const card = page.getByTestId("connection-card-x");
  await expect(card).toContainText("Fake Brand");
  await expect(card).toContainText("@fakebrand");
  await expect(card).toContainText("connected");
  const avatar = card.getByTestId("connection-identity").locator("img");
  await expect(avatar).toHaveAttribute("src", /\/avatars\/fakebrand\.svg$/);
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: "test-results/oauth-connected.png", fullPage: true });

  const approve = await page.request.post("/api/strategy/approve", {
    headers: appHeaders(),
    data: { brand: "oauth-bakery", from: today, to: today },
  });
  expect(approve.status(), await approve.text()).toBe(200);
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, platforms: ["X"], brand: "oauth-bakery" },
  });
  expect(run.status(), await run.text()).toBe(200);
  const results = (await run.json()).results as {
    brand: string;
    platform: string;
    status: string;
    remote_id: string;
  }[];
  const mine = results.filter((r) => r.brand === "oauth-bakery");
  expect(mine).toHaveLength(1);
  // A real X id from the fake, not the sandbox: the OAuth token published it.
  expect(mine[0]).toMatchObject({ platform: "x", status: "published" });
  expect(mine[0].remote_id).toMatch(/^\d{19}$/);
});
