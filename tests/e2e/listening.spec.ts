import { expect, test } from "@playwright/test";
import { FAKE_ACCOUNTS, FAKE_TOKENS } from "../fakes/start-fakes";
import { E2E_CRON_SECRET } from "./support/constants";
import { appHeaders, approvedToday, signUp } from "./support/helpers";

const cron = { authorization: `Bearer ${E2E_CRON_SECRET}` };

test("Conversations lists the comments heard under published posts, filters the negative ones, and competitors sit beside the brand", async ({
  page,
}) => {
  await signUp(page, "Listening Owl");
  const { brand, today } = await approvedToday(
    page,
    "Listening Bakery",
    { facebook: "00:00", x: "00:00" },
    {
      beforeApproval: async (slug) => {
        for (const platform of ["facebook", "x"] as const) {
          const connected = await page.request.post(`/api/brands/${slug}/connections`, {
            headers: appHeaders(),
            data: { platform, account_id: FAKE_ACCOUNTS[platform], access_token: FAKE_TOKENS[platform] },
          });
          expect(connected.status()).toBe(201);
        }
      },
    },
  );
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, include_future: true },
  });
  expect(run.status()).toBe(200);

  // Before any collection: the empty state explains where comments come from.
  await page.goto(`/conversations?brand=${brand}`);
  await expect(page.getByTestId("conversations-empty")).toContainText("collected daily");

  // The daily metrics job also lists the comments (the fakes serve a few under each post).
  const metrics = await page.request.get("/api/cron/metrics", { headers: cron });
  expect(metrics.status(), await metrics.text()).toBe(200);

  // Analytics shows the sentiment share and links to the comments themselves.
  await page.goto(`/analytics?brand=${brand}`);
  await expect(page.getByTestId("sentiment-panel")).toContainText(/\d+ comments, \d+% negative/);
  await expect(page.getByTestId("most-discussed").locator("li").first()).toBeVisible();
  await page.getByRole("link", { name: "Read them in Conversations" }).click();
  await expect(page).toHaveURL(new RegExp(`/conversations\\?brand=${brand}`));
  const list = page.getByTestId("comment");
  await expect(list.first()).toBeVisible();
  const all = await list.count();
  expect(all).toBeGreaterThanOrEqual(6);
  await expect(list.first().getByRole("link", { name: /Open on (X|Facebook)/ })).toHaveAttribute("href", /^https:\/\//);

  await page.getByRole("button", { name: "negative", exact: true }).click();
  await expect(page).toHaveURL(/sentiment=negative/);
  await expect(list.first()).toBeVisible();
  const negatives = await list.count();
  expect(negatives).toBeGreaterThan(0);
  expect(negatives).toBeLessThan(all);
  for (let i = 0; i < negatives; i++) await expect(list.nth(i)).toHaveAttribute("data-sentiment", "negative");
  await page.getByLabel("Network").selectOption("x");
  await expect(page).toHaveURL(/platform=x/);
  await expect(list.first()).toContainText("X ·");
  await page.screenshot({ path: "test-results/conversations.png", fullPage: true });

  // Competitors: follow an X account, let the daily job read it, compare.
  await page.getByRole("link", { name: "Competitors →" }).click();
  await expect(page.getByTestId("networks-allowed")).toContainText("LinkedIn");
  await expect(page.getByTestId("networks-allowed")).toContainText("administrators");
  await page.getByLabel("Username").fill("@rivalbakery");
  await page.getByRole("button", { name: "Follow" }).click();
  await expect(page.getByTestId("followed-list")).toContainText("rivalbakery");
  const competitors = await page.request.get("/api/cron/competitors", { headers: cron });
  expect(competitors.status(), await competitors.text()).toBe(200);
  await page.reload();
  const table = page.getByTestId("compare-x");
  await expect(table).toContainText("Rival Bakery");
  await expect(table).toContainText("Listening Bakery (you)");
  await expect(table).toContainText("sourdough");
  await page.screenshot({ path: "test-results/competitors.png", fullPage: true });

  const api = await page.request.get(`/api/analytics/competitors/${brand}`, { headers: appHeaders() });
  const body = await api.json();
  const x = body.networks.find((n: { platform: string }) => n.platform === "x");
  expect(x.competitors[0]).toMatchObject({ name: "Rival Bakery", posts: 6 });
});
