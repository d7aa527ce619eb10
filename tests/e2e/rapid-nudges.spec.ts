import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

// A person holding Alt and tapping ↓ three times means three hours later, whatever the network's round trips.
test("Alt+↓ pressed three times in a row moves the post three hours, none refused as stale", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Nudge Plover");
  await planMonth(page, "Nudge Plover", "2055-03-01", 31);
  await page.goto(`/calendar?brand=${brand}&view=week&date=2055-03-17`);
  await interactive(page);
  const chip = page.getByTestId("slot-2055-03-17-12").locator('[data-platform="facebook"]');
  const id = (await chip.getAttribute("data-testid"))!;
  await expect(page.getByTestId(id)).toContainText("12:30");

  const refused: number[] = [];
  page.on("response", (r) => r.request().method() === "PATCH" && r.status() >= 400 && refused.push(r.status()));
  await page.getByTestId(id).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Alt+ArrowDown");

  await expect(page.getByTestId("status-line")).toHaveText("Moved the Facebook post to Wed, Mar 17 at 15:30.");
  await expect(page.getByTestId("slot-2055-03-17-15").getByTestId(id)).toContainText("15:30");
  // The keyboard stays on the post it moved.
  await expect(page.getByTestId(id)).toBeFocused();
  expect(refused).toEqual([]);
  const res = await page.request.get(`/api/posts/${id.slice(5)}/versions`);
  const history = (await res.json()) as { versions: { time: string }[] };
  expect(history.versions.map((v) => v.time)).toEqual(["15:30", "14:30", "13:30", "12:30"]);
});
