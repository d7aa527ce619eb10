import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { CONTROL } from "./support/helpers";
import { heardOnFacebook } from "./support/heard-on-facebook";

/** Every reply the fake Facebook holds, whatever comment it answers. */
async function facebookReplies(): Promise<{ text: string }[]> {
  const res = await fetch(`${CONTROL}/replies?network=facebook`);
  return Object.values((await res.json()) as Record<string, { text: string }[]>).flat();
}

test("an editor answers a comment from Conversations, and a reply whose answer was lost is checked before it is sent again", async ({
  page,
}) => {
  // Up to a minute waiting for the metrics job's next run.
  test.setTimeout(180_000);
  const { brand } = await heardOnFacebook(page, "Reply Heron", "Heron Bakery");

  await page.goto(`/conversations?brand=${brand}`);
  const comments = page.getByTestId("comment");
  await expect(comments.nth(1)).toBeVisible();

  // Keyboard only: open the box, write, Ctrl+Enter.
  const first = comments.first();
  await first.getByRole("button", { name: "Reply" }).click();
  const box = first.getByRole("textbox", { name: "Your reply, posted publicly on Facebook" });
  await expect(box).toBeFocused();
  const thanks = `Thank you, see you at Heron Bakery ${Date.now()}!`;
  await box.fill(thanks);
  await expect(first.getByText(`${thanks.length} / 8,000`)).toBeVisible();
  await page.keyboard.press("Control+Enter");
  const sent = first.getByTestId("reply");
  await expect(sent).toHaveAttribute("data-state", "sent");
  await expect(sent).toContainText("Replied on Facebook by Reply Heron");
  expect((await facebookReplies()).filter((r) => r.text === thanks)).toHaveLength(1);

  // The network takes the reply, but the connection drops before its answer: the app cannot know.
  const second = comments.nth(1);
  await second.getByRole("button", { name: "Reply" }).click();
  const sorry = `Sorry about that, we are on it ${Date.now()}.`;
  await second.getByRole("textbox").fill(sorry);
  await fetch(`${CONTROL}/fail-next?network=facebook&kind=reset_after_accept&on=other`, { method: "POST" });
  await second.getByRole("button", { name: "Send reply" }).click();
  const lost = second.getByTestId("reply");
  await expect(lost).toHaveAttribute("data-state", "unknown");
  await expect(lost).toContainText("Facebook did not confirm it");
  await page.screenshot({ path: "test-results/reply-unknown.png", fullPage: true });
  // Checking finds it on Facebook: recorded as sent, and Facebook still holds one copy.
  await lost.getByRole("button", { name: "Check, then send again" }).click();
  await expect(lost).toHaveAttribute("data-state", "sent");
  expect((await facebookReplies()).filter((r) => r.text === sorry)).toHaveLength(1);

  // Too long for the network: said before anything is sent.
  const third = comments.nth(2);
  await third.getByRole("button", { name: "Reply" }).click();
  await third.getByRole("textbox").fill("a".repeat(8001));
  await expect(third.getByRole("alert")).toHaveText("Too long for Facebook: remove 1 character.");
  await expect(third.getByRole("button", { name: "Send reply" })).toBeDisabled();
  // The page with a reply box open and a refused length stays accessible.
  const axe = await new AxeBuilder({ page }).include('[data-testid="conversations-page"]').analyze();
  expect(axe.violations.filter((v) => v.impact === "critical" || v.impact === "serious")).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(third.getByRole("textbox")).toHaveCount(0);

  // The replies are kept with their comments.
  await page.reload();
  await expect(page.getByTestId("reply")).toHaveCount(2);

  // A typo is fixed where the reply stands: Facebook holds the new text, the reply says who edited it.
  const typo = comments.nth(1).getByTestId("reply");
  await typo.getByRole("button", { name: "Edit" }).click();
  const editBox = typo.getByRole("textbox", { name: "Your reply, posted publicly on Facebook" });
  await expect(editBox).toBeFocused();
  await expect(editBox).toHaveValue(sorry);
  await expect(typo.getByRole("button", { name: "Save changes" })).toBeDisabled();
  await page.keyboard.press("Escape");
  await expect(editBox).toHaveCount(0);
  await expect(typo.getByRole("button", { name: "Edit" })).toBeFocused();
  await typo.getByRole("button", { name: "Edit" }).click();
  const corrected = `Sorry about that, we are fixing it today ${Date.now()}.`;
  await editBox.fill(corrected);
  await page.keyboard.press("Control+Enter");
  await expect(typo).toHaveAttribute("data-state", "sent");
  await expect(typo).toContainText(corrected);
  await expect(typo).toContainText("edited by Reply Heron");
  await expect(typo.getByRole("button", { name: "Edit" })).toBeFocused();
  const onFacebook = (await facebookReplies()).map((r) => r.text);
  expect(onFacebook).toContain(corrected);
  expect(onFacebook).not.toContain(sorry);

  // A reply sent by mistake is taken down from Facebook, after a second click; it stays listed, struck out.
  const mistaken = comments.first().getByTestId("reply");
  await mistaken.getByRole("button", { name: "Delete" }).click();
  const ask = mistaken.getByRole("group", { name: "Delete this reply from Facebook? It cannot be brought back." });
  await expect(ask.getByRole("button", { name: "Delete reply" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(ask).toHaveCount(0);
  await mistaken.getByRole("button", { name: "Delete" }).click();
  await ask.getByRole("button", { name: "Delete reply" }).click();
  await expect(mistaken).toHaveAttribute("data-state", "deleted");
  await expect(mistaken).toContainText("Deleted from Facebook by Reply Heron");
  expect((await facebookReplies()).filter((r) => r.text === thanks)).toHaveLength(0);
  await page.screenshot({ path: "test-results/reply-deleted.png", fullPage: true });

  // What is left to answer: the answered comment leaves the list (the one whose reply was deleted waits
  // again), and the filter is in the URL.
  const total = await comments.count();
  await page.getByLabel("Unanswered only").click();
  await expect(page.getByLabel("Unanswered only")).toBeChecked();
  await expect(page).toHaveURL(/answered=no/);
  await expect(comments).toHaveCount(total - 1);
  await expect(page.getByTestId("reply")).toHaveCount(1);

  // A comment that needs no answer is marked handled: it leaves what is left to answer, and can be reopened.
  const praise = comments.filter({ hasText: "Love this, great work team!" });
  await praise.getByRole("button", { name: "Mark handled" }).click();
  await expect(praise).toHaveCount(0);
  await expect(comments).toHaveCount(total - 2);
  await page.getByLabel("Unanswered only").click();
  await expect(praise.getByTestId("handled")).toHaveText(/Handled by Reply Heron: it needs no reply/);
  await praise.getByRole("button", { name: "Reopen" }).click();
  await expect(praise.getByTestId("handled")).toHaveCount(0);
  await expect(praise.getByRole("button", { name: "Mark handled" })).toBeVisible();

  // Worked down to the last comment: the list says so.
  await page.getByLabel("Unanswered only").click();
  await expect(comments).toHaveCount(total - 1);
  // From the keyboard: Enter marks it, and the focus moves on to the next comment's button.
  await comments.first().getByRole("button", { name: "Mark handled" }).focus();
  for (let left = total - 1; left > 0; left--) {
    await page.keyboard.press("Enter");
    await expect(comments).toHaveCount(left - 1);
    if (left > 1) await expect(comments.first().getByRole("button", { name: "Mark handled" })).toBeFocused();
  }
  await expect(page.getByTestId("conversations-empty")).toContainText("Nothing left to answer");
  await expect(page.getByTestId("conversations-empty")).toContainText("has a reply or is marked handled");
  await page.screenshot({ path: "test-results/replies.png", fullPage: true });
});
