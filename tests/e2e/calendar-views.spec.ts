import { expect, test } from "@playwright/test";
import { appHeaders, PASSWORD, signIn, signUpWithBrand } from "./support/helpers";
import { attachShot, interactive, planMonth, tabTo } from "./support/calendar";

const MONTH = "2055-03"; // in the future, 31 days, brand zone UTC
let account: { email: string; brand: string };

test.describe.serial("calendar views", () => {
  test("month view: chips show network, time, text and status; conflicts are flagged", async ({ page }, info) => {
    account = await signUpWithBrand(page, "Views Heron");
    await planMonth(page, "Views Heron", `${MONTH}-01`, 31);
    await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
    await interactive(page);
    const chips = page.locator('[data-testid^="chip-"][data-platform]');
    await expect(chips).toHaveCount(93);
    const li = page.getByTestId("day-2055-03-10").locator('[data-platform="linkedin"]');
    await expect(li).toContainText("09:00");
    await expect(li).toHaveAccessibleName(/^LinkedIn 09:00 Draft \S/);
    await expect(li.getByTestId("status-icon")).toContainText("✎");
    // A second LinkedIn post on the 10th: both are flagged.
    const other = page.getByTestId("day-2055-03-11").locator('[data-platform="linkedin"]');
    const otherId = (await other.getAttribute("data-testid"))!.slice(5);
    const post = await (await page.request.get(`/api/posts/${otherId}/versions`)).json();
    const moved = await page.request.patch(`/api/posts/${otherId}`, {
      headers: appHeaders(),
      data: { date: "2055-03-10", version: post.current_version },
    });
    expect(moved.status()).toBe(200);
    await page.reload();
    await interactive(page);
    const day = page.getByTestId("day-2055-03-10");
    await expect(day.locator('[data-platform="linkedin"][data-conflict]')).toHaveCount(2);
    await expect(day.locator('[data-platform="linkedin"]').first()).toHaveAccessibleName(
      /Conflict: 2 LinkedIn posts on 2055-03-10/,
    );
    await attachShot(page, info, "month-view");
  });

  test("week view: a time grid in the brand's zone; dragging changes the day and the time", async ({ page }, info) => {
    await signIn(page, account.email, PASSWORD);
    await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
    await interactive(page);
    await page.getByTestId("view-week").click();
    await expect(page).toHaveURL(/view=week/);
    await expect(page.getByTestId("week-grid")).toBeVisible();
    await page.goto(`/calendar?brand=${account.brand}&view=week&date=2055-03-17`);
    await interactive(page);
    await expect(page.getByText("Times in UTC")).toBeVisible();
    const chip = page.getByTestId("slot-2055-03-17-09").locator('[data-platform="linkedin"]');
    const id = (await chip.getAttribute("data-testid"))!;
    await attachShot(page, info, "week-view");
    // The 09:00 post and the 14:00 slot both on screen, as a person dragging would have them.
    await page.getByTestId("slot-2055-03-17-11").evaluate((el) => el.scrollIntoView({ block: "center" }));
    const from = (await chip.boundingBox())!;
    const to = (await page.getByTestId("slot-2055-03-18-14").boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await page.mouse.up();
    await expect(page.getByTestId("slot-2055-03-18-14").getByTestId(id)).toContainText("14:00");
    await expect(page.getByTestId("status-line")).toContainText("Moved the LinkedIn post to Thu, Mar 18 at 14:00");
    await page.reload();
    await interactive(page);
    await expect(page.getByTestId("slot-2055-03-18-14").getByTestId(id)).toBeVisible();
    await expect(page.getByTestId("week-grid").getByTestId(id)).toHaveCount(1);
  });

  test("weeks start on the reader's first weekday: Sunday in the US, Monday in Britain", async ({
    browser,
    baseURL,
  }) => {
    for (const [locale, first, weekFrom, weekTo] of [
      ["en-US", "Sun", "2055-03-14", "2055-03-20"],
      ["en-GB", "Mon", "2055-03-15", "2055-03-21"],
    ]) {
      const context = await browser.newContext({ baseURL, locale });
      const page = await context.newPage();
      await signIn(page, account.email, PASSWORD);
      await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
      await interactive(page);
      await expect(page.getByTestId("weekday-header").locator("div").first()).toHaveText(first);
      await page.goto(`/calendar?brand=${account.brand}&view=week&date=2055-03-17`);
      await interactive(page);
      await expect(page.getByTestId(`slot-${weekFrom}-09`)).toBeAttached();
      await expect(page.getByTestId(`slot-${weekTo}-09`)).toBeAttached();
      await context.close();
    }
  });

  test("list view: the queue grouped by day, remembered in the URL", async ({ page }, info) => {
    await signIn(page, account.email, PASSWORD);
    await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
    await interactive(page);
    await page.getByTestId("view-list").click();
    await expect(page).toHaveURL(/view=list/);
    await expect(page.getByTestId("list-view")).toBeVisible();
    await expect(page.locator('[data-testid^="list-day-"]')).toHaveCount(31);
    await expect(page.getByTestId("list-day-2055-03-05").locator("[data-platform]")).toHaveCount(3);
    await expect(page.getByTestId("list-day-2055-03-05").locator("[data-platform]").first()).toContainText("Draft");
    await page.reload();
    await expect(page.getByTestId("view-list")).toHaveAttribute("aria-pressed", "true");
    await attachShot(page, info, "list-view");

    // The day's three posts side by side, as each network shows them, under the brand's name and initials.
    await page.getByTestId("preview-day-2055-03-05").click();
    const preview = page.getByTestId("day-preview");
    // one preview per network; an X thread shows one per part
    await expect(preview.getByTestId("preview-linkedin")).toHaveCount(1);
    await expect(preview.getByTestId("preview-facebook")).toHaveCount(1);
    await expect(preview.getByTestId("preview-x").first()).toBeVisible();
    for (const n of ["linkedin", "facebook", "x"]) {
      await expect(preview.getByTestId(`preview-${n}`).first()).toContainText("Views Heron");
      await expect(preview.getByTestId(`preview-${n}`).first().getByTestId("preview-initials")).toHaveText("VH");
    }
    await expect(preview).not.toContainText(/followers/i);
    await expect(preview.getByTestId("preview-x-count").first()).toContainText(/\d+ \/ 280/);
    const li = preview.getByTestId("preview-linkedin");
    if (((await li.getByTestId("preview-text").textContent()) ?? "").length > 215) {
      await expect(li.getByTestId("preview-see-more")).toBeVisible();
    }
    await expect(preview.getByTestId("preview-tag").first()).toBeVisible();
    await attachShot(page, info, "day-preview");
    await page.keyboard.press("Escape");
    await expect(preview).toBeHidden();
  });

  test("keyboard only: open a post, approve it, move it, approve a day and a week", async ({ page }, info) => {
    // Every step is Tab presses, each checked: on a busy shared machine this takes longer than the default.
    test.setTimeout(180_000);
    await signIn(page, account.email, PASSWORD);
    await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
    await interactive(page);
    const x = page.getByTestId("day-2055-03-22").locator('[data-platform="x"]');
    const id = (await x.getAttribute("data-testid"))!;
    await tabTo(page, id);
    await page.keyboard.press("Enter");
    const editor = page.getByTestId("editor-panel");
    await expect(editor).toBeVisible();
    await tabTo(page, "approve-post", 40);
    await attachShot(page, info, "editor-keyboard", false);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("status-line")).toContainText("Marked approved");
    await page.keyboard.press("Escape");
    await expect(editor).toBeHidden();
    await expect(page.getByTestId(id)).toBeFocused();
    await expect(page.getByTestId(id)).toHaveAttribute("data-status", "approved");
    // Alt+→ moves the post a day later and keeps the focus on it.
    await page.keyboard.press("Alt+ArrowRight");
    await expect(page.getByTestId("day-2055-03-23").getByTestId(id)).toBeVisible();
    await expect(page.getByTestId(id)).toBeFocused();
    await expect(page.getByTestId("status-line")).toContainText("Moved the X post to Tue, Mar 23");
    // The editor's date and time fields move it too.
    await page.keyboard.press("Enter");
    await tabTo(page, "reschedule-time", 40);
    await page.keyboard.type("1930");
    await tabTo(page, "reschedule-submit", 5);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("status-line")).toContainText("at 19:30");
    await page.keyboard.press("Escape");
    await tabTo(page, "approve-day-2055-03-24");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("status-line")).toContainText("Approved 3 posts (Wed, Mar 24)");
    // The button goes away with the drafts; the keyboard stays on the day it approved, not on the page.
    await expect(page.getByTestId("approve-day-2055-03-24")).toHaveCount(0);
    await expect(page.getByTestId("day-2055-03-24")).toBeFocused();
    await tabTo(page, "approve-week-4");
    page.once("dialog", (d) => void d.accept());
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("status-line")).toContainText(/Approved \d+ posts \(week 5\)/);
    await expect(page.getByTestId("approve-week-4")).toHaveCount(0);
    // focus is on the week's row, which holds its days
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.querySelector('[data-testid="day-2055-03-29"]')))
      .toBe(true);
  });

  test("CSV import: a file with one bad row writes nothing; the fixed file adds drafts", async ({ page }, info) => {
    await signIn(page, account.email, PASSWORD);
    await page.goto(`/calendar?brand=${account.brand}&month=2055-06`);
    await interactive(page);
    const rows = (bad: string) =>
      [
        "date,time,network,text,link",
        "2055-06-03,09:15,linkedin,Our June guide is out #guide,https://example.com/guide",
        `2055-06-04,${bad},x,A short note for X,`,
        "2055-06-05,12:00,facebook,Come and see us on Saturday,https://example.com/visit",
      ].join("\n");
    await page.getByTestId("import-open").click();
    await page.getByTestId("import-file").setInputFiles({
      name: "june.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(rows("7pm")),
    });
    await page.getByTestId("import-submit").click();
    await expect(page.getByTestId("import-error")).toHaveCount(1);
    await expect(page.getByTestId("import-error")).toContainText("3");
    await expect(page.getByTestId("import-error")).toContainText("time");
    await attachShot(page, info, "import-errors", false);
    await page.keyboard.press("Escape");
    await page.reload();
    await interactive(page);
    await expect(page.locator("[data-platform]")).toHaveCount(0);

    await page.getByTestId("import-open").click();
    await page.getByTestId("import-file").setInputFiles({
      name: "june.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(rows("19:00")),
    });
    await page.getByTestId("import-submit").click();
    await expect(page.getByTestId("status-line")).toHaveText("Imported 3 drafts.");
    await expect(page.getByTestId("import-dialog")).toBeHidden();
    const x = page.getByTestId("day-2055-06-04").locator('[data-platform="x"]');
    await expect(x).toContainText("19:00");
    await expect(x).toHaveAttribute("data-status", "draft");
    await expect(page.locator("[data-platform]")).toHaveCount(3);
  });

  test("an unknown brand in a URL is a not-found page, not another brand", async ({ page }) => {
    await signIn(page, account.email, PASSWORD);
    for (const url of ["/calendar?brand=no-such-brand", "/settings/brands/no-such-brand", "/runs?brand=nope"]) {
      const res = await page.goto(url);
      expect(res?.status()).toBe(404);
      await expect(page.getByTestId("not-found")).toContainText("does not exist in this workspace");
    }
  });

  test("generating a month that started already asks whether to skip the past days", async ({ page }) => {
    await signIn(page, account.email, PASSWORD);
    const today = new Date().toISOString().slice(0, 10);
    test.skip(today.endsWith("-01"), "on the 1st no day of the month has passed");
    await page.goto(`/calendar?brand=${account.brand}&month=${today.slice(0, 7)}`);
    await interactive(page);
    await page.getByTestId("generate-month").click();
    const day = new Date(`${today}T00:00:00Z`).toLocaleDateString("en", {
      timeZone: "UTC",
      weekday: "short",
      month: "short",
      day: "numeric",
    });
    await expect(page.getByTestId("past-days")).toContainText(`today is ${day}`);
    await expect(page.getByLabel(/Skip the past days/)).toBeChecked();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("brief-form")).toBeHidden();
  });

  test("best times: the editor's time picker lists the best slots with their reason, and Move to best time uses one", async ({
    page,
  }, info) => {
    await signIn(page, account.email, PASSWORD);
    await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
    await interactive(page);
    // Wednesday the 3rd: with no results yet, LinkedIn's general guidance says Wednesdays at 10:00.
    const li = page.getByTestId("day-2055-03-03").locator('[data-platform="linkedin"]');
    await expect(li).toContainText("09:00");
    await li.click();
    const editor = page.getByTestId("editor-panel");
    const best = editor.getByTestId("best-times");
    await expect(best).toContainText("Best times on LinkedIn");
    await expect(best.getByTestId("best-slot")).toHaveCount(3);
    await expect(best.getByTestId("best-slot").nth(1)).toHaveText("Wednesdays 10:00: general guidance for LinkedIn");
    await expect(best).toContainText("Not enough of your own results on LinkedIn yet (0 published with metrics)");
    await attachShot(page, info, "editor-best-times", false);
    await editor.getByTestId("move-best-time").click();
    await expect(page.getByTestId("status-line")).toContainText("Moved the LinkedIn post to Wed, Mar 3 at 10:00");
    await expect(editor.getByTestId("move-best-time")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(li).toContainText("10:00");
  });

  test("posting hours: set in the brand's settings, they shade the week and flag posts outside them", async ({
    page,
  }, info) => {
    await signIn(page, account.email, PASSWORD);
    const li = () => page.getByTestId("slot-2055-03-16-09").locator('[data-platform="linkedin"]');
    await page.goto(`/calendar?brand=${account.brand}&view=week&date=2055-03-16`);
    await interactive(page);
    await expect(page.getByTestId("posting-hours")).toContainText("07:00–21:00");
    await expect(li()).not.toHaveAttribute("data-conflict");
    await expect(page.getByTestId("slot-2055-03-16-06")).toHaveAttribute("data-outside-hours");
    await expect(page.getByTestId("slot-2055-03-16-09")).not.toHaveAttribute("data-outside-hours");

    await page.goto(`/settings/brands/${account.brand}`);
    const form = page.getByTestId("brand-form");
    // an end before the start is refused before anything is sent
    await form.locator('select[name="posting_start"]').selectOption("18");
    await form.locator('select[name="posting_end"]').selectOption("10");
    await form.getByRole("button", { name: "Save brief" }).click();
    await expect(form.getByTestId("posting-hours-fields").getByRole("alert")).toBeVisible();
    await form.locator('select[name="posting_start"]').selectOption("10");
    await form.locator('select[name="posting_end"]').selectOption("18");
    await form.getByRole("button", { name: "Save brief" }).click();
    await expect(page).toHaveURL(/\/calendar/);

    await page.goto(`/calendar?brand=${account.brand}&view=week&date=2055-03-16`);
    await interactive(page);
    await expect(page.getByTestId("posting-hours")).toContainText("10:00–18:00");
    await expect(page.getByTestId("slot-2055-03-16-09")).toHaveAttribute("data-outside-hours");
    await expect(li()).toHaveAttribute("data-conflict");
    await expect(li()).toHaveAccessibleName(/09:00 is outside posting hours \(10:00–18:00\)/);
    await attachShot(page, info, "week-posting-hours");
  });
});
