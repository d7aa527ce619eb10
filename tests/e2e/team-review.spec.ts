import { expect, test, type Page } from "@playwright/test";
import { appHeaders, signUp } from "./support/helpers";

/** The first day of next month and its YYYY-MM, so every day of the plan is in the future. */
function nextMonth() {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const month = d.toISOString().slice(0, 7);
  return { month, start: `${month}-01` };
}

async function openFirstChip(page: Page, status: string) {
  const chip = page.locator(`[data-testid^="chip-"][data-status="${status}"]`).first();
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page.getByTestId("editor-panel")).toBeVisible();
}

test("an owner invites an editor, reviews the week the editor submits, and a client approves through a link", async ({
  page,
  browser,
}) => {
  const { month, start } = nextMonth();
  await signUp(page, "Olivia Owner");
  const gen = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: {
      brand_name: "Review Bakery",
      positioning: "Sourdough for the neighbourhood, baked every morning",
      target_audience: "Families and cafés nearby",
      value_props: ["Natural leaven", "Local flour"],
      start_date: start,
      duration_days: 14,
      language: "en-US",
      tone: "warm",
      website: "https://review.example.com",
      cta_targets: ["order"],
      timezone: "Europe/Paris",
      platforms: ["LinkedIn"],
    },
  });
  expect(gen.status()).toBe(201);

  // Settings → Team: review on, and an invitation link to copy.
  await page.goto("/settings/team");
  await page.getByRole("checkbox", { name: /Approval required/ }).click();
  await expect(page.getByRole("checkbox", { name: /Approval required/ })).toBeChecked();
  const editorEmail = `eddie-${Date.now()}@example.com`;
  await page.getByLabel("Email", { exact: true }).fill(editorEmail);
  await page.getByRole("button", { name: "Create invite" }).click();
  const inviteUrl = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(inviteUrl).toMatch(/\/invite\/inv_/);
  await expect(page.getByRole("cell", { name: editorEmail })).toBeVisible();

  // The editor follows the link, signs up and lands in the owner's workspace.
  const editorCtx = await browser.newContext();
  const editor = await editorCtx.newPage();
  await editor.goto(inviteUrl);
  await expect(editor.getByRole("heading", { name: /Join/ })).toBeVisible();
  await expect(editor).toHaveTitle("Invitation · Social CM");
  await editor.getByLabel("Your name").fill("Eddie Editor");
  await editor.getByLabel("Password").fill("a-long-password");
  await editor.getByRole("button", { name: "Create account and join" }).click();
  await expect(editor).toHaveURL(/\/calendar/);

  // The editor submits the first week.
  await editor.goto(`/calendar?brand=review-bakery&month=${month}`);
  await editor.getByTestId("approve-week-0").click();
  await expect(editor.getByTestId("status-line")).toContainText(/Submitted \d+ posts for review/);
  await expect(editor.locator('[data-testid^="chip-"][data-status="in_review"]').first()).toBeVisible();

  // The owner sees the bell, opens the post and requests changes with a comment.
  await page.goto(`/calendar?brand=review-bakery&month=${month}`);
  await expect(page.getByTestId("bell-count")).toHaveText("1");
  await page.getByTestId("bell").click();
  await expect(page.getByTestId("notification-review_requested")).toContainText("submitted");
  await page.getByTestId("notification-review_requested").click();
  await openFirstChip(page, "in_review");
  await page.getByTestId("review-comment").fill("Please mention the Saturday market stall.");
  await page.getByTestId("review-request-changes").click();
  await expect(page.getByTestId("comments")).toContainText("Saturday market");
  await expect(page.getByTestId("editor-panel")).toContainText("Status: Draft");
  const postUrl = new URL(page.url());
  const postId = postUrl.searchParams.get("post")!;
  await expect(page.getByTestId(`chip-${postId}`).getByTestId("chip-thread")).toHaveText("1");

  // The editor is told, fixes the post and submits it again.
  await editor.reload();
  await expect(editor.getByTestId("bell-count")).toHaveText("1");
  await editor.getByTestId("bell").click();
  await editor.getByTestId("notification-changes_requested").click();
  await expect(editor).toHaveURL(new RegExp(`post=${postId}`));
  await expect(editor.getByTestId("comments")).toContainText("Saturday market");
  // With review on, an editor is offered Submit, never Approve.
  await expect(editor.getByTestId("submit-post")).toBeVisible();
  await expect(editor.getByTestId("approve-post")).toHaveCount(0);
  const body = editor.getByTestId("editor-body");
  await body.fill(`${await body.inputValue()}\nFind us at the Saturday market stall.`);
  await editor.getByTestId("save-post").click();
  await expect(editor.getByTestId("editor-panel")).toContainText("edited by a person");
  await editor.getByTestId("submit-post").click();
  await expect(editor.getByTestId("editor-panel")).toContainText("Status: In review");
  // An editor cannot approve with review on.
  await expect(editor.getByTestId("review-approve")).toHaveCount(0);
  await expect(editor.getByTestId("approve-post")).toHaveCount(0);

  // The owner shares a client review link; the client approves without signing in.
  await page.goto(`/calendar?brand=review-bakery&month=${month}`);
  await page.getByTestId("create-review-link").click();
  // The whole address is shown, and the keyboard is on Copy, the next step.
  await expect(page.getByTestId("copy-review-link")).toBeFocused();
  const reviewUrl = await page.getByTestId("review-link").inputValue();
  expect(reviewUrl).toMatch(/\/review\/rvw_/);
  const clientCtx = await browser.newContext();
  const client = await clientCtx.newPage();
  await client.goto(reviewUrl);
  await expect(client).toHaveURL(/\/review\//);
  await expect(client.getByRole("heading", { name: /Review Bakery/ })).toBeVisible();
  // Dates as people read them ("Review Bakery: posts, Mar 1 – Mar 31"), not as the database stores them.
  await expect(client.getByRole("heading", { level: 1 })).toHaveText(/^Review Bakery: posts, \w{3} \d+ – \w{3} \d+$/);
  await expect(client.getByRole("heading", { level: 2 }).first()).toHaveText(/ · \w{3}, \w{3} \d+ at \d\d:\d\d · /);
  await expect(client.getByText("Sign in")).toHaveCount(0);
  await client.getByTestId("reviewer-name").fill("Clara Client");
  const card = client.getByTestId(`review-post-${postId}`);
  await expect(card.getByTestId("review-status")).toHaveText("In review");
  await card.getByTestId("client-approve").click();
  await expect(card).toContainText("Clara Client (client) approved");
  // Review is required here: the client's yes is heard, and an approver signs the post off.
  await expect(card.getByTestId("review-status")).toHaveText("In review");
  // The client cannot reach the app.
  await client.goto("/calendar");
  await expect(client).toHaveURL(/\/signin/);

  await page.goto(`/calendar?brand=review-bakery&month=${month}&post=${postId}`);
  await expect(page.getByTestId("comments")).toContainText("Clara Client (client)");
  await page.getByTestId("review-approve").click();
  await expect(page.getByTestId(`chip-${postId}`)).toHaveAttribute("data-status", "approved");
  await editorCtx.close();
  await clientCtx.close();
});
