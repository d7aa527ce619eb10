import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { FAKE_ACCOUNTS, FAKE_TOKENS } from "../fakes/start-fakes";
import { E2E_CRON_SECRET } from "./support/constants";
import { appHeaders, approvedToday, connectFake, CONTROL, runMetricsJob, signUp } from "./support/helpers";

const cron = { authorization: `Bearer ${E2E_CRON_SECRET}` };
const dayBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

test("Conversations lists the comments heard under published posts, filters the negative ones, and competitors sit beside the brand", async ({
  page,
}) => {
  // Up to a minute waiting for the metrics job's next run.
  test.setTimeout(180_000);
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
  await expect(page.getByTestId("conversations-empty")).toContainText("collected once a day");

  // The daily metrics job also lists the comments (the fakes serve a few under each post).
  await runMetricsJob(page);

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

/**
 * The API's own count for the range, then the page showing that many in its sentiment summary and as comment rows
 * (waiting for it, so a summary still showing the previous range never passes for the new one).
 */
async function expectShown(page: Page, brand: string, range: { from: string; to: string; platform?: string }) {
  const res = await page.request.get(`/api/analytics/sentiment/${brand}?${new URLSearchParams(range)}`);
  expect(res.status()).toBe(200);
  const total: number = (await res.json()).totals.total;
  await expect(page.getByTestId("sentiment-counts")).toContainText(new RegExp(`^${total} comments?,`));
  if (total) await expect(page.getByTestId("comment")).toHaveCount(total);
  else await expect(page.getByTestId("conversations-empty")).toBeVisible();
  return total;
}

test("Conversations: a date range narrows the comments and the sentiment counts, stays in the URL, and explains a range the API would refuse", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, "Range Owl");
  const { brand, today } = await approvedToday(
    page,
    "Range Bakery",
    { facebook: "00:00", linkedin: "00:00" },
    {
      beforeApproval: async (slug) => {
        await connectFake(page, slug, "facebook");
        await connectFake(page, slug, "linkedin");
      },
    },
  );
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, include_future: true },
  });
  expect(run.status()).toBe(200);
  // LinkedIn's comments are dated 3 days back, Facebook's today: two days to tell apart.
  await fetch(`${CONTROL}/comments-age?network=linkedin&days=3`, { method: "POST" });
  try {
    await runMetricsJob(page);
  } finally {
    await fetch(`${CONTROL}/comments-age?network=linkedin&days=0`, { method: "POST" });
  }

  // By default the last 30 days: both networks' comments, counted alike by the list and the summary.
  await page.goto(`/conversations?brand=${brand}`);
  const all = await expectShown(page, brand, { from: dayBefore(today, 29), to: today });
  expect(all).toBeGreaterThanOrEqual(6);
  await expect(page.getByRole("button", { name: "30 days", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(dayBefore(today, 29));
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(today);

  // A custom range, typed and applied with Enter: only the older LinkedIn comments remain.
  const from = dayBefore(today, 5);
  const to = dayBefore(today, 1);
  await page.getByLabel("From", { exact: true }).fill(from);
  await page.getByLabel("To", { exact: true }).fill(to);
  await page.getByLabel("To", { exact: true }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
  const older = await expectShown(page, brand, { from, to });
  expect(older).toBeGreaterThan(0);
  expect(older).toBeLessThan(all);
  for (let i = 0; i < older; i++) await expect(page.getByTestId("comment").nth(i)).toContainText("LinkedIn ·");
  await expect(page.getByRole("button", { name: "30 days", exact: true })).toHaveAttribute("aria-pressed", "false");

  // A reload (or a shared link) keeps the range.
  await page.reload();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(from);
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(to);
  expect(await expectShown(page, brand, { from, to })).toBe(older);

  // A preset puts both networks back; the network filter narrows the summary with the list.
  await page.getByRole("button", { name: "7 days", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`from=${dayBefore(today, 6)}&to=${today}`));
  expect(await expectShown(page, brand, { from: dayBefore(today, 6), to: today })).toBe(all);
  await page.getByLabel("Network").selectOption("facebook");
  expect(await expectShown(page, brand, { from: dayBefore(today, 6), to: today, platform: "facebook" })).toBe(
    all - older,
  );

  // A range with nothing in it says so in its own words.
  await page.getByLabel("From", { exact: true }).fill(dayBefore(today, 60));
  await page.getByLabel("To", { exact: true }).fill(dayBefore(today, 40));
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${dayBefore(today, 60)}&to=${dayBefore(today, 40)}`));
  expect(
    await expectShown(page, brand, { from: dayBefore(today, 60), to: dayBefore(today, 40), platform: "facebook" }),
  ).toBe(0);
  await expect(page.getByTestId("conversations-empty")).toContainText("No comments match");
  await page.getByLabel("Network").selectOption("");
  await expect(page.getByTestId("conversations-empty")).toContainText("No comments in this range");

  // The dates the wrong way round: said inline, nothing asked of the API, the applied range untouched.
  const asked: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/analytics/")) asked.push(r.url());
  });
  const before = page.url();
  await page.getByLabel("From", { exact: true }).fill(today);
  await page.getByLabel("To", { exact: true }).fill(dayBefore(today, 10));
  await expect(page.getByTestId("range-problem")).toHaveText("The start date must be on or before the end date.");
  await expect(page.getByLabel("To", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByLabel("To", { exact: true })).toBeFocused();
  expect(page.url()).toBe(before);

  // A link over the API's 366 days: explained, and neither the list nor the summary is asked for.
  await page.goto(`/conversations?brand=${brand}&from=${dayBefore(today, 400)}&to=${today}`);
  await expect(page.getByTestId("range-problem")).toContainText("at most 366 days; this one covers 401");
  await expect(page.getByTestId("comment-list")).toHaveCount(0);
  await expect(page.getByTestId("conversations-sentiment")).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="conversations-page"]').analyze();
  expect(axe.violations.filter((v) => v.impact === "critical" || v.impact === "serious")).toEqual([]);
  expect(asked).toEqual([]);
});
