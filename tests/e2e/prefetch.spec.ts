import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/helpers";
import { interactive } from "./support/calendar";

/** The pages the browser asked the server to render ahead of a click (Next's prefetches carry `_rsc`). */
function prefetches(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.searchParams.has("_rsc") && req.headers()["next-router-prefetch"]) paths.push(url.pathname);
  });
  return paths;
}

test("a page view renders no linked page ahead; pointing at or tabbing to a link does", async ({ page }) => {
  await signIn(page);
  const asked = prefetches(page);
  await page.goto("/calendar");
  await interactive(page);
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Runs" }).hover();
  await expect.poll(() => asked).toContain("/runs");
  expect(asked).not.toContain("/analytics");

  await nav.getByRole("link", { name: "Analytics" }).focus();
  await expect.poll(() => asked).toContain("/analytics");

  await nav.getByRole("link", { name: "Runs" }).click();
  await expect(page).toHaveURL(/\/runs/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
