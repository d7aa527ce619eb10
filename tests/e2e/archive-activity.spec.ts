// Issue #9 in the browser: archiving is reversible from the Archived sections, the Activity page says who did
// what, and publishing before the scheduled time needs the Publish-early confirmation naming the posts.
import { expect, test } from "@playwright/test";
import { FAKE_ACCOUNTS, FAKE_TOKENS } from "../fakes/start-fakes";
import { appHeaders, approvedLinkedInToday, DEMO, signIn, signUp } from "./support/helpers";

/** the demo user's name (scripts/lib/seed/seed-demo.ts) */
const DEMO_NAME = "Demo Marketer";

const BRIEF = {
  positioning: "Bikes repaired while you wait",
  target_audience: "Commuters",
  value_props: ["Same-day repairs"],
  language: "en-US",
  tone: "friendly",
  cta_targets: [{ key: "book", url: "https://bikes.example.com/book" }],
  timezone: "UTC",
};

test("a brand and a connection archived by mistake come back from Archived, and Activity shows who did it", async ({
  page,
}) => {
  await signIn(page);
  const name = `Spoke Shop ${Date.now()}`;
  const created = await page.request.post("/api/brands", { headers: appHeaders(), data: { ...BRIEF, name } });
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };

  // The connection: disconnected, listed under Archived, restored. Facebook, because disconnecting revokes
  // X and LinkedIn tokens at the network, and the fakes' tokens are shared by every spec.
  const connected = await page.request.post(`/api/brands/${slug}/connections`, {
    headers: appHeaders(),
    data: { platform: "facebook", account_id: FAKE_ACCOUNTS.facebook, access_token: FAKE_TOKENS.facebook },
  });
  expect(connected.status()).toBe(201);
  await page.goto(`/settings/connections?brand=${slug}`);
  page.once("dialog", (d) => void d.accept());
  await page
    .getByRole("button", { name: /^Disconnect/ })
    .first()
    .click();
  const archivedConnections = page.getByTestId("archived-connections");
  await expect(archivedConnections).toContainText("Facebook");
  await archivedConnections.getByRole("button", { name: "Restore" }).click();
  await expect(archivedConnections).toHaveCount(0);

  // The brand: archived from its brief, gone from the list, restored from Archived.
  await page.goto(`/settings/brands/${slug}`);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Archive brand" }).click();
  await expect(page).toHaveURL(/\/settings\/brands$/);
  const archived = page.getByTestId("archived-brands");
  await expect(archived).toContainText(name);
  await expect(archived).toContainText("restorable until");
  const active = page.getByRole("main").locator("ul").first();
  await expect(active).not.toContainText(name);
  await archived.getByRole("listitem").filter({ hasText: name }).getByRole("button", { name: "Restore" }).click();
  await expect(active).toContainText(name);
  await expect(page.getByTestId("archived-brands").filter({ hasText: name })).toHaveCount(0);

  // Activity: each of those steps, by the person who took it, newest first, for this brand.
  await page.goto("/settings/activity");
  const filters = page.getByTestId("activity-filters");
  await filters.getByLabel("Brand").selectOption({ label: name });
  const items = page.getByTestId("activity-item");
  await expect(items.first()).toContainText("restored a brand");
  await expect(page.getByTestId("activity-zone")).toHaveText(/^Times in your time zone \(.+\)$/);
  const actions = await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-action")));
  expect(actions).toEqual([
    "brand.restore",
    "brand.archive",
    "connection.restore",
    "connection.archive",
    "connection.create",
    "brand.create",
  ]);
  // Members are named by name; their email is the name's tooltip.
  for (const text of await items.allTextContents()) expect(text).toContain(DEMO_NAME);
  await expect(items.first().getByTitle(DEMO.email)).toHaveText(DEMO_NAME);
  await filters.getByLabel("Action").selectOption("brand");
  await expect(items).toHaveCount(3);
});

test("Run now leaves a post that is not due; Publish early names it and sends it only when confirmed", async ({
  page,
}) => {
  test.skip(new Date().getUTCHours() === 23 && new Date().getUTCMinutes() >= 50, "no later time left today (UTC)");
  await signIn(page);
  const { brand, today } = await approvedLinkedInToday(page, `Early Birds ${Date.now()}`, "23:59");
  const connected = await page.request.post(`/api/brands/${brand}/connections`, {
    headers: appHeaders(),
    data: { platform: "linkedin", account_id: FAKE_ACCOUNTS.linkedin, access_token: FAKE_TOKENS.linkedin },
  });
  expect(connected.status()).toBe(201);

  await page.goto(`/runs?date=${today}&brand=${brand}`);
  await page.getByTestId("run-now").click();
  await expect(page.getByText("1 approved post is not due yet and will go out on time.")).toBeVisible();
  await expect(page.getByTestId("summary-published")).toContainText("0");

  await page.getByTestId("publish-early").click();
  const dialog = page.getByTestId("publish-early-dialog");
  await expect(dialog).toContainText("Publish 1 post before their time?");
  await expect(dialog.getByTestId("publish-early-item")).toHaveCount(1);
  await expect(dialog.getByTestId("publish-early-item")).toContainText("LinkedIn, scheduled at 23:59 (UTC)");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("summary-published")).toContainText("0");

  await page.getByTestId("publish-early").click();
  await page.getByTestId("publish-early-confirm").click();
  await expect(page.getByText("Published early: 1 post.")).toBeVisible();
  await expect(page.getByTestId("summary-published")).toContainText("1");
  await page.goto("/settings/activity");
  await page.getByTestId("activity-filters").getByLabel("Action").selectOption("run.publish_early");
  const event = page.getByTestId("activity-item").first();
  await expect(event).toContainText("published early");
  await expect(event).toContainText(DEMO_NAME);
});

test("in review, Submit and Approve each offer Undo, which puts the post back", async ({ page }) => {
  await signUp(page, "Rita Reviewer");
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const gen = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: {
      ...BRIEF,
      brand_name: "Undo Cycles",
      start_date: start,
      duration_days: 1,
      website: "https://bikes.example.com",
      cta_targets: ["book"],
      platforms: ["LinkedIn"],
    },
  });
  expect(gen.status()).toBe(201);
  const { brand } = (await gen.json()) as { brand: string };
  const review = await page.request.patch("/api/workspace", {
    headers: appHeaders(),
    data: { approval_required: true },
  });
  expect(review.status()).toBe(200);

  await page.goto(`/calendar?brand=${brand}&month=${start.slice(0, 7)}`);
  const chip = page.locator('[data-testid^="chip-"]');
  await expect(chip).toHaveCount(1);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await chip.click();
  const toast = page.getByTestId("undo-toast");

  await page.getByTestId("submit-post").click();
  await expect(toast).toContainText("Submitted the post for review.");
  await expect(chip).toHaveAttribute("data-status", "in_review");
  await page.getByTestId("undo-button").click();
  await expect(page.getByTestId("status-line")).toContainText("Undone: 1 post put back.");
  await expect(chip).toHaveAttribute("data-status", "draft");

  await page.getByTestId("submit-post").click();
  await expect(chip).toHaveAttribute("data-status", "in_review");
  await page.getByTestId("review-approve").click();
  await expect(toast).toContainText("Approved the post.");
  await expect(chip).toHaveAttribute("data-status", "approved");
  await page.getByTestId("undo-button").click();
  await expect(page.getByTestId("status-line")).toContainText("Undone: 1 post put back.");
  await expect(chip).toHaveAttribute("data-status", "in_review");
  await page.reload();
  await expect(page.locator('[data-testid^="chip-"]')).toHaveAttribute("data-status", "in_review");
});
