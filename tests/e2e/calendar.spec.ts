import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signIn, signUpWithBrand } from "./support/helpers";

const MONTH = "2055-01"; // 31 days, in the future
// The serial tests share one workspace of their own: the first creates it and plans the month the others edit.
let account: { email: string; brand: string };

async function openMonth(page: Page) {
  await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
  await expect(page.getByTestId("calendar-grid").or(page.getByTestId("generate-month"))).toBeVisible();
  await interactive(page);
}

/** The server's HTML shows the month before React has hydrated it; drags and keys need the hydrated page. */
async function interactive(page: Page) {
  await expect(page.locator("[data-calendar-ready]")).toBeAttached();
}

test.describe.serial("the calendar editor", () => {
  test("generates a 31-day month: 93 chips", async ({ page }) => {
    account = await signUpWithBrand(page, "Calendar Owl");
    await openMonth(page);
    await page.getByTestId("generate-month").click();
    await page.getByTestId("generate-confirm").click();
    await expect(page.locator('[data-testid^="chip-"]')).toHaveCount(93, { timeout: 30_000 });
    await expect(page.getByTestId("status-line")).toContainText("Generated 93 posts");
    await page.screenshot({ path: "test-results/calendar.png", fullPage: true });
  });

  test("edits a post with a live counter, and the edit survives a reload", async ({ page }) => {
    await signIn(page, account.email, PASSWORD);
    await openMonth(page);
    const chip = page.getByTestId("day-2055-01-12").locator('[data-platform="x"]');
    await chip.click();
    const editor = page.getByTestId("editor-panel");
    await expect(editor).toBeVisible();
    const counter = page.getByTestId("char-counter");
    const before = await counter.textContent();
    await page.getByTestId("editor-body").fill("Short and sweet: dashboards in minutes.");
    await expect(counter).toHaveText("39 / 280");
    expect(before).not.toBe("39 / 280");
    await page.getByTestId("editor-body").fill("字".repeat(141));
    await expect(counter).toHaveText("282 / 280");
    await expect(page.getByTestId("save-post")).toBeDisabled();
    // A greyed Save says why.
    await expect(page.getByTestId("over-limit")).toHaveText(
      "2 characters over X's limit of 280: shorten the text to save it.",
    );
    await page.getByTestId("editor-body").fill("Short and sweet: dashboards in minutes.");
    await expect(page.getByTestId("over-limit")).toHaveCount(0);
    await page.screenshot({ path: "test-results/editor.png" });
    await page.getByTestId("save-post").click();
    await expect(page.getByTestId("status-line")).toHaveText("Saved.");
    await page.reload();
    await interactive(page);
    await expect(page.getByTestId("editor-body")).toHaveValue("Short and sweet: dashboards in minutes.");
    await page.keyboard.press("Escape");
    await expect(editor).toBeHidden();
    // Facebook's limit, grouped the way the interface language writes numbers
    await page.getByTestId("day-2055-01-12").locator('[data-platform="facebook"]').click();
    await expect(counter).toContainText("/ 63,206");
  });

  test("drags a post to another day, and it stays there after a reload", async ({ page }) => {
    await signIn(page, account.email, PASSWORD);
    await openMonth(page);
    const chip = page.getByTestId("day-2055-01-14").locator('[data-platform="linkedin"]');
    const id = (await chip.getAttribute("data-testid"))!;
    const target = page.getByTestId("day-2055-01-20");
    // Chips are two lines tall: bring the source to mid-screen so the target week is on screen too.
    await chip.evaluate((el) => el.scrollIntoView({ block: "center" }));
    const from = (await chip.boundingBox())!;
    const to = (await target.boundingBox())!;
    // Held by its left end and let go at the target's right edge, the chip lies mostly over the next day:
    // the post goes where the pointer is, and that day is the one lit up.
    await page.mouse.move(from.x + 4, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
    await page.mouse.move(to.x + to.width - 6, to.y + to.height / 2, { steps: 15 });
    await expect(target).not.toHaveCSS("background-color", "rgb(255, 255, 255)");
    await expect(page.getByTestId("day-2055-01-21")).toHaveCSS("background-color", "rgb(255, 255, 255)");
    await page.mouse.up();
    await expect(page.getByTestId("day-2055-01-20").getByTestId(id)).toBeVisible();
    await expect(page.getByTestId("status-line")).toContainText("Moved");
    await page.reload();
    await expect(page.getByTestId("day-2055-01-20").getByTestId(id)).toBeVisible();
    await expect(page.getByTestId("day-2055-01-14").getByTestId(id)).toHaveCount(0);
  });

  test("approves a week and shows the statuses; keyboard opens a day", async ({ page }) => {
    await signIn(page, account.email, PASSWORD);
    await openMonth(page);
    // approving more than a day publishes many posts: it is confirmed first
    page.once("dialog", (d) => void d.accept());
    await page.getByTestId("approve-week-2").click();
    await expect(page.getByTestId("status-line")).toContainText(/Approved \d+ posts/);
    const week = await page.getByTestId("approve-week-2").count();
    expect(week).toBe(0);
    const approvedChips = page.locator('[data-testid^="chip-"][data-status="approved"]');
    await expect(approvedChips).not.toHaveCount(0);
    await page.getByTestId("day-2055-01-01").focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("day-2055-01-02")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("editor-panel")).toBeVisible();
  });
});
