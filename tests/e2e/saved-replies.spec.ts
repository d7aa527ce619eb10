import { expect, test } from "@playwright/test";
import { heardOnFacebook } from "./support/heard-on-facebook";

test("a team writes saved replies once, inserts them with the commenter's name, and undoes a deletion", async ({
  page,
}) => {
  // Up to a minute waiting for the metrics job's next run.
  test.setTimeout(180_000);
  const { brand } = await heardOnFacebook(page, "Saved Wren", "Wren Roasters");

  // Written once in Settings.
  await page.goto("/settings/replies");
  await expect(page.getByTestId("saved-replies-empty")).toBeVisible();
  await page.getByLabel("Title of the saved reply").fill("Shipping");
  await page.getByLabel("Text").fill("Thanks {name}! We ship to all of Europe.");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByTestId("saved-reply")).toHaveCount(1);
  await expect(page.getByTestId("saved-reply")).toContainText("by Saved Wren");

  // Inserted in a reply box, made for the commenter.
  const listed = await page.request.get(`/api/analytics/comments/${brand}?limit=1`);
  const author = ((await listed.json()).comments[0].author_name as string).split(" ")[0];
  await page.goto(`/conversations?brand=${brand}`);
  const first = page.getByTestId("comment").first();
  await first.getByRole("button", { name: "Reply" }).click();
  const box = first.getByRole("textbox", { name: "Your reply, posted publicly on Facebook" });
  await box.fill("Good question.");
  await first.getByRole("combobox", { name: "Insert a saved reply" }).selectOption({ label: "Shipping" });
  await expect(box).toHaveValue(`Good question.\n\nThanks ${author}! We ship to all of Europe.`);
  await expect(box).toBeFocused();

  // What was written here is kept for the team too.
  await first.getByRole("button", { name: "Save for the team" }).click();
  await first.getByRole("textbox", { name: "Title of the saved reply" }).fill("Question and shipping");
  await page.keyboard.press("Enter");
  await expect(first.getByRole("status")).toHaveText(`Saved as “Question and shipping”: {name} stands for ${author}`);
  await expect(box).toBeVisible();
  await box.focus();
  await page.keyboard.press("Control+Enter");
  await expect(first.getByTestId("reply")).toHaveAttribute("data-state", "sent");
  await page.screenshot({ path: "test-results/saved-reply-sent.png", fullPage: true });

  // Edited, deleted, and the deletion undone.
  await page.goto("/settings/replies");
  const rows = page.getByTestId("saved-reply");
  await expect(rows).toHaveCount(2);
  // Kept for anyone: the commenter's name became {name} again.
  await expect(rows.nth(0)).toContainText("Thanks {name}! We ship to all of Europe.");
  // By title: "Question and shipping", then "Shipping".
  await expect(rows.locator("h3")).toHaveText(["Question and shipping", "Shipping"]);
  const shipping = rows.nth(1);
  await shipping.getByRole("button", { name: "Edit" }).click();
  await shipping.getByLabel("Text").fill("Thanks {name}! We ship everywhere in Europe.");
  await shipping.getByRole("button", { name: "Save" }).click();
  await expect(rows.filter({ hasText: "We ship everywhere in Europe." })).toHaveCount(1);
  const other = rows.nth(0);
  await other.getByRole("button", { name: "Delete" }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("status")).toContainText("Deleted “Question and shipping”.");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(rows).toHaveCount(2);
  await page.screenshot({ path: "test-results/saved-replies.png", fullPage: true });
});
