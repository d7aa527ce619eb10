import { expect, test, type Page } from "@playwright/test";
import { appHeaders, BRIEF, signUpWithBrand } from "./support/helpers";

const MONTH = "2055-05"; // 31 days, in the future
let brand: string;

async function openMonth(page: Page) {
  await page.goto(`/calendar?brand=${brand}&month=${MONTH}`);
  await expect(page.getByTestId("calendar-grid").or(page.getByTestId("generate-month"))).toBeVisible();
  // drag and drop arrives after the month is on screen
  await expect(page.locator("[data-calendar-ready]")).toBeAttached();
}

async function drag(page: Page, chipDay: string, platform: string, targetDay: string) {
  const chip = page.getByTestId(`day-${chipDay}`).locator(`[data-platform="${platform}"]`);
  const id = (await chip.getAttribute("data-testid"))!;
  // Chips are two lines tall: bring the source to mid-screen so the target week is on screen too.
  await chip.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const from = (await chip.boundingBox())!;
  const to = (await page.getByTestId(`day-${targetDay}`).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  return id;
}

test("a marketer's edit and approvals survive a month regenerate; History restores; Undo reverts a drag", async ({
  page,
}) => {
  ({ brand } = await signUpWithBrand(page, "History Owl"));
  await openMonth(page);
  await page.getByTestId("generate-month").click();
  await page.getByTestId("generate-confirm").click();
  const chips = page.locator('[data-testid^="chip-"]');
  await expect(chips).toHaveCount(93, { timeout: 30_000 });

  // An edit
  await page.getByTestId("day-2055-05-28").locator('[data-platform="x"]').click();
  const body = page.getByTestId("editor-body");
  const generated = await body.inputValue();
  await body.fill("Our own words: dashboards in minutes, answers in plain language.");
  await page.getByTestId("save-post").click();
  await expect(page.getByTestId("status-line")).toHaveText("Saved.");
  await page.keyboard.press("Escape");

  // A week of approvals, with an Undo offered
  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("approve-week-2").click();
  await expect(page.getByTestId("status-line")).toContainText(/Approved \d+ posts/);
  await expect(page.getByTestId("undo-toast")).toBeVisible();
  const approved = Number(/Approved (\d+) posts/.exec((await page.getByTestId("status-line").textContent())!)![1]);
  expect(approved).toBeGreaterThan(0);
  await expect(page.locator('[data-testid^="chip-"][data-status="approved"]')).toHaveCount(approved);

  // Regenerate: the dialog says what is kept before anything runs
  await page.getByRole("button", { name: "Regenerate month" }).click();
  const summary = page.getByTestId("regenerate-summary");
  await expect(summary).toContainText(`${approved} approved and 1 edited post kept`);
  await expect(summary).toContainText(`${93 - approved - 1} drafts replaced`);
  await page.screenshot({ path: "test-results/regenerate-dialog.png" });
  await page.getByTestId("generate-confirm").click();
  await expect(page.getByTestId("status-line")).toContainText("Regenerated May 2055");
  await expect(chips).toHaveCount(93);
  await expect(page.locator('[data-testid^="chip-"][data-status="approved"]')).toHaveCount(approved);
  await page.getByTestId("day-2055-05-28").locator('[data-platform="x"]').click();
  await expect(body).toHaveValue("Our own words: dashboards in minutes, answers in plain language.");

  // History: see the versions and the difference, restore the generated text
  await page.getByTestId("history-toggle").click();
  const versions = page.getByTestId("history-version");
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText("Edited");
  await expect(versions.nth(1)).toContainText("Generated");
  await versions.nth(1).getByRole("button", { name: "Compare" }).click();
  await expect(page.getByTestId("history-diff").locator("del").first()).toBeVisible();
  await page.screenshot({ path: "test-results/history-panel.png" });
  await versions.nth(1).getByTestId("restore-version").click();
  await expect(body).toHaveValue(generated);
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText("Restored");
  await page.keyboard.press("Escape");

  // Undo a drag (from a fresh page: the editor left the grid scrolled)
  await openMonth(page);
  const id = await drag(page, "2055-05-20", "linkedin", "2055-05-22");
  await expect(page.getByTestId("day-2055-05-22").getByTestId(id)).toBeVisible();
  await expect(page.getByTestId("undo-toast")).toContainText("Moved");
  await page.getByTestId("undo-button").click();
  await expect(page.getByTestId("status-line")).toContainText("Undone: 1 post put back.");
  await expect(page.getByTestId("day-2055-05-20").getByTestId(id)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("day-2055-05-20").getByTestId(id)).toBeVisible();
});

test("a post edited more than a page of times shows every version, the older ones a click away", async ({ page }) => {
  const { brand: own } = await signUpWithBrand(page, "Many Drafts Owl");
  const day = "2055-06-10";
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Many Drafts Owl", start_date: day, duration_days: 1, platforms: ["linkedin"] },
  });
  expect(generated.status()).toBe(201);
  const posts = await (await page.request.get(`/api/brands/${own}/posts?from=${day}&to=${day}`)).json();
  let post = posts.posts[0];
  for (let i = 1; i <= 55; i++) {
    const res = await page.request.patch(`/api/posts/${post.id}`, {
      headers: appHeaders(),
      data: { body: `Draft number ${i}.`, version: post.version },
    });
    expect(res.status()).toBe(200);
    post = await res.json();
  }
  await page.goto(`/calendar?brand=${own}&month=2055-06`);
  await page.getByTestId(`day-${day}`).locator('[data-platform="linkedin"]').click();
  await page.getByTestId("history-toggle").click();
  const versions = page.getByTestId("history-version");
  await expect(versions).toHaveCount(50);
  await page.getByTestId("history-older").click();
  await expect(versions).toHaveCount(post.version);
  await expect(page.getByTestId("history-older")).toHaveCount(0);
  await expect(versions.last()).toContainText("Generated");
});
