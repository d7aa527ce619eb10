import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";
import { attachShot, interactive, planMonth } from "./support/calendar";

type Post = { id: string; date: string; time: string };
const WEEK = { from: "2055-03-14", to: "2055-03-20" }; // in the future, brand zone UTC

test("moving a week to its best times is one action: one Undo puts every post back", async ({ page }, info) => {
  const { brand } = await signUpWithBrand(page, "Best Week Egret");
  await planMonth(page, "Best Week Egret", "2055-03-01", 31);
  const week = async () => {
    const res = await page.request.get(`/api/brands/${brand}/posts?from=${WEEK.from}&to=${WEEK.to}`);
    const posts = ((await res.json()) as { posts: Post[] }).posts;
    return Object.fromEntries(posts.map((p) => [p.id, `${p.date} ${p.time}`]));
  };
  const before = await week();
  await page.goto(`/calendar?brand=${brand}&view=week&date=2055-03-17`);
  await interactive(page);

  await page.getByTestId("move-week-best").click();
  const status = page.getByTestId("status-line");
  await expect(status).toHaveText(/^Moved \d+ posts to their best times\.$/);
  const moved = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(moved).toBeGreaterThan(1);
  const after = await week();
  expect(Object.keys(before).filter((id) => after[id] !== before[id])).toHaveLength(moved);
  await attachShot(page, info, "week-at-best-times");

  await page.getByTestId("undo-button").click();
  // Every moved post, not only the last one moved.
  await expect(status).toHaveText(`Undone: ${moved} posts put back.`);
  expect(await week()).toEqual(before);
});
