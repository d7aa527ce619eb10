import { expect, test, type Page } from "@playwright/test";
import { appHeaders, BRIEF, signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

// A person's typing in the editor is never dropped without asking: not by another field's save, a move,
// a teammate's save, or closing the panel.
let brand: string;
const DAY = "2055-04-12";

async function openX(page: Page) {
  await page.goto(`/calendar?brand=${brand}&month=2055-04`);
  await interactive(page);
  await page.getByTestId(`day-${DAY}`).locator('[data-platform="x"]').click();
  await expect(page.getByTestId("editor-panel")).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  ({ brand } = await signUpWithBrand(page, "Careful Owl"));
  await planMonth(page, "Careful Owl", "2055-04-01", 30);
});

test("typing survives saving another field and a move; closing with it asks first", async ({ page }) => {
  await openX(page);
  const body = page.getByTestId("editor-body");
  await page.getByTestId("first-comment").fill("A first reply, typed and not saved yet.");
  await body.fill("New text for the X post, typed first.");
  await page.getByTestId("save-post").click();
  await expect(page.getByTestId("status-line")).toContainText("Saved");
  // the text's save kept the comment's typing
  await expect(page.getByTestId("first-comment")).toHaveValue("A first reply, typed and not saved yet.");

  await body.fill("Typed again, then the post is moved.");
  await page.getByTestId("reschedule-time").fill("18:45");
  await page.getByTestId("reschedule-submit").click();
  await expect(page.getByTestId("reschedule-time")).toHaveValue("18:45");
  await expect(page.getByTestId("status-line")).toContainText("Moved");
  await expect(body).toHaveValue("Typed again, then the post is moved.");

  // Escape with unsaved work asks; dismissing keeps the panel and the typing.
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.keyboard.press("Escape");
  await expect.poll(() => asked).toContain("not saved");
  await expect(page.getByTestId("editor-panel")).toBeVisible();
  await expect(body).toHaveValue("Typed again, then the post is moved.");

  // Discard changes puts the saved text back; then it closes without asking.
  await page.getByTestId("discard-text").click();
  await expect(body).toHaveValue("New text for the X post, typed first.");
  page.once("dialog", (d) => void d.accept());
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("editor-panel")).toBeHidden();
});

test("a teammate's save in between keeps my typing and says how to go on", async ({ page }) => {
  await openX(page);
  const id = (await page.getByTestId(`day-${DAY}`).locator('[data-platform="x"]').getAttribute("data-testid"))!.slice(
    "chip-".length,
  );
  await page.getByTestId("editor-body").fill("My version of the post.");
  const theirs = await page.request.patch(`/api/posts/${id}`, {
    headers: appHeaders(),
    data: { body: "Their version, saved first.", version: 1 },
  });
  expect(theirs.status()).toBe(200);

  await page.getByTestId("save-post").click();
  await expect(page.getByTestId("editor-error")).toContainText(
    "Someone else saved this post meanwhile (now version 2)",
  );
  await expect(page.getByTestId("editor-body")).toHaveValue("My version of the post.");
  // Save again puts mine in place of theirs, on purpose.
  await page.getByTestId("save-post").click();
  await expect(page.getByTestId("status-line")).toContainText("Saved");
  const saved = await page.request.get(`/api/brands/${brand}/posts?from=${DAY}&to=${DAY}`, { headers: appHeaders() });
  const post = (await saved.json()).posts.find((p: { id: string }) => p.id === id);
  expect(post).toMatchObject({ body: "My version of the post.", version: 3 });
});

test("a text of only spaces is refused with the reason", async ({ page }) => {
  await openX(page);
  await page.getByTestId("editor-body").fill("   \n  ");
  await page.getByTestId("save-post").click();
  await expect(page.getByTestId("editor-error")).toContainText("cannot be empty");
});

test("the thread's Save says why it is off", async ({ page }) => {
  await openX(page);
  const extras = page.getByTestId("post-extras");
  await extras.getByRole("button", { name: "Add a part" }).click();
  await expect(extras.getByTestId("save-extras")).toBeDisabled();
  await expect(extras.getByTestId("extras-blocker")).toHaveText(/^Part \d+ is empty: write it or remove it\.$/);
});

test("a teammate's save that reaches my tab while I type is not overwritten without telling me", async ({ page }) => {
  await openX(page);
  const chip = page.getByTestId(`day-${DAY}`).locator('[data-platform="x"]');
  const id = (await chip.getAttribute("data-testid"))!.slice("chip-".length);
  const body = page.getByTestId("editor-body");
  await body.fill("My rewrite, typed and not saved yet.");
  const theirs = await page.request.patch(`/api/posts/${id}`, {
    headers: appHeaders(),
    data: { body: "Their rewrite, saved first.", version: 1 },
  });
  expect(theirs.status()).toBe(200);
  // Coming back to the tab after a while reloads the month (the data is stale after 5 s): it now holds version 2.
  await page.waitForTimeout(5_500);
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
  await expect(page.getByTestId("editor-panel").getByText(/version 2/)).toBeVisible();
  await expect(body).toHaveValue("My rewrite, typed and not saved yet.");

  await page.getByTestId("save-post").click();
  await expect(page.getByTestId("editor-error")).toContainText("Someone else saved this post meanwhile");
  const read = async () =>
    (
      await (
        await page.request.get(`/api/brands/${brand}/posts?from=${DAY}&to=${DAY}`, { headers: appHeaders() })
      ).json()
    ).posts.find((p: { id: string }) => p.id === id);
  expect((await read()).body).toBe("Their rewrite, saved first.");
  // Told, Save again puts mine in place of theirs.
  await page.getByTestId("save-post").click();
  await expect(page.getByTestId("status-line")).toContainText("Saved");
  expect((await read()).body).toBe("My rewrite, typed and not saved yet.");
});

test("another month, a link elsewhere or a reload with unsaved typing asks first", async ({ page }) => {
  await openX(page);
  const body = page.getByTestId("editor-body");
  await body.fill("Typing I have not saved.");
  const asked: string[] = [];
  page.on("dialog", (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.getByLabel("Next month").click();
  await expect.poll(() => asked).toEqual(["confirm"]);
  await expect(page).toHaveURL(/month=2055-04/);
  await page.getByRole("link", { name: "Runs" }).click();
  await expect.poll(() => asked).toEqual(["confirm", "confirm"]);
  await expect(page).toHaveURL(/\/calendar/);
  await expect(body).toHaveValue("Typing I have not saved.");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(["confirm", "confirm", "beforeunload"]);
});

test("a teammate's month regenerate that replaces the post I am typing in keeps my text to copy", async ({ page }) => {
  await openX(page);
  await page.getByTestId("editor-body").fill("Words I typed and did not save.");
  // A teammate regenerates the month: this untouched draft is replaced.
  const regen = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Careful Owl", start_date: "2055-04-01", duration_days: 30, seed: 8 },
  });
  expect(regen.status()).toBe(201);
  await page.waitForTimeout(5_500);
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
  await expect(page.getByTestId("post-gone")).toContainText("not in this view");
  await expect(page.getByTestId("post-gone-draft")).toHaveValue("Words I typed and did not save.");
});
