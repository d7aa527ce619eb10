import { expect, test, type Page } from "@playwright/test";
import { appHeaders, fake, signIn } from "./support/helpers";

/** A one-day plan for today on one network, for a brand of its own. */
async function todaysPlan(page: Page, brandName: string, platform: "X" | "Facebook" | "LinkedIn") {
  const today = new Date().toISOString().slice(0, 10);
  const gen = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: {
      brand_name: brandName,
      positioning: "Fresh bread every morning",
      target_audience: "Neighbours",
      value_props: ["Sourdough", "Open at 7"],
      start_date: today,
      duration_days: 1,
      language: "en-US",
      tone: "friendly",
      website: "https://oauth.example.com",
      cta_targets: ["newsletter"],
      platforms: [platform],
      timezone: "UTC",
      seed: 7,
    },
  });
  expect(gen.status(), await gen.text()).toBeLessThan(300);
  return today;
}

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
      website: "https://oauth.example.com",
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

  // The calendar's preview shows the connected account instead of the brand's placeholder.
  await page.goto(`/calendar?brand=oauth-bakery&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeAttached();
  await page.locator('[data-testid^="chip-"]').first().click();
  const editor = page.getByTestId("editor-panel");
  await expect(editor).toContainText("Fake Brand");
  await expect(editor).toContainText("@fakebrand");
  await expect(editor.getByTestId("preview-avatar")).toHaveAttribute("src", /\/avatars\/fakebrand\.svg$/);

  const approve = await page.request.post("/api/strategy/approve", {
    headers: appHeaders(),
    data: { brand: "oauth-bakery", from: today, to: today },
  });
  expect(approve.status(), await approve.text()).toBe(200);
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    // today's post may be later in the day than now: publish it anyway
    data: { execute_date: today, platforms: ["X"], brand: "oauth-bakery", include_future: true },
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

test("Connect Facebook: the account manages two Pages, the person picks one, and posts go to that Page", async ({
  page,
}) => {
  await signIn(page);
  const today = await todaysPlan(page, "Pages Bakery", "Facebook");
  await page.goto("/settings/connections?brand=pages-bakery");
  await page.getByRole("link", { name: "Connect Facebook" }).click();
  await expect(page.getByRole("heading", { name: "Facebook" })).toBeVisible();
  await page.getByRole("link", { name: "Authorize app" }).click();

  // Back on the connections page: which Page? Nothing is connected yet.
  const chooser = page.getByTestId("account-chooser");
  await expect(chooser).toContainText("Which Facebook account should Pages Bakery publish as?");
  await expect(chooser).toContainText("Fake Page");
  await expect(page.getByTestId("connection-card-facebook")).toContainText("sandbox");
  await page.getByTestId("choose-account-200300400501").click();

  await expect(page).toHaveURL(/\/settings\/connections\?connected=facebook/);
  await expect(page.getByRole("status")).toContainText("Connected Facebook.");
  await expect(page.getByTestId("account-chooser")).toHaveCount(0);
  const card = page.getByTestId("connection-card-facebook");
  await expect(card).toContainText("Fake Bakery Corner");
  await expect(card).toContainText("200300400501");
  const avatar = card.getByTestId("connection-identity").locator("img");
  await expect(avatar).toHaveAttribute("src", /\/200300400501\/picture\?type=square$/);
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // A picture that no longer loads (the networks' links expire) shows the initial, never a broken image.
  const pictures = /\/avatars\/|\/picture\?/;
  await page.route(pictures, (r) => r.abort());
  await page.reload();
  await expect(card.getByTestId("avatar-fallback")).toHaveText("F");
  await expect(card.getByTestId("connection-identity").locator("img")).toHaveCount(0);
  await page.unroute(pictures);

  const approve = await page.request.post("/api/strategy/approve", {
    headers: appHeaders(),
    data: { brand: "pages-bakery", from: today, to: today },
  });
  expect(approve.status(), await approve.text()).toBe(200);
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, platforms: ["Facebook"], brand: "pages-bakery", include_future: true },
  });
  expect(run.status(), await run.text()).toBe(200);
  const mine = ((await run.json()).results as { brand: string; status: string; remote_id: string }[]).filter(
    (r) => r.brand === "pages-bakery",
  );
  expect(mine).toMatchObject([{ status: "published" }]);
  expect(mine[0].remote_id).toMatch(/^200300400501_/);
  const { posts } = (await fake("/posts", "facebook")) as { posts: { id: string; pageId: string }[] };
  expect(posts.find((p) => p.id === mine[0].remote_id)?.pageId).toBe("200300400501");
});

test("Connect LinkedIn: choose a company page among the organizations the person administers", async ({ page }) => {
  await signIn(page);
  await todaysPlan(page, "Org Bakery", "LinkedIn");
  await page.goto("/settings/connections?brand=org-bakery");
  await page.getByRole("link", { name: "Connect LinkedIn" }).click();
  await expect(page.getByRole("heading", { name: "LinkedIn" })).toBeVisible();
  await page.getByRole("link", { name: "Authorize app" }).click();

  const chooser = page.getByTestId("account-chooser");
  await expect(chooser).toContainText("Fake Organization");
  await expect(chooser).toContainText("Your own profile");
  await page.getByTestId("choose-account-urn:li:organization:1002").click();
  await expect(page).toHaveURL(/connected=linkedin/);
  const card = page.getByTestId("connection-card-linkedin");
  await expect(card).toContainText("Fake Bakery Group");
  await expect(card).toContainText("linkedin.com/company/fake-bakery-group");
  await expect(card).toContainText("connected");

  // A cancelled consent says so on the page, and changes nothing.
  await page.getByRole("link", { name: "Reconnect" }).first().click();
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByText("LinkedIn access was not granted: nothing was connected.")).toBeVisible();
  await expect(page.getByTestId("connection-card-linkedin")).toContainText("Fake Bakery Group");
});
