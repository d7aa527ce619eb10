import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signIn, signUpWithBrand } from "./support/helpers";
import { attachShot, interactive, planMonth } from "./support/calendar";

const MONTH = "2055-04";
let account: { email: string; brand: string };

/** axe-core on the page as it stands: no critical or serious violation, listed by rule when there is one. */
async function expectAccessible(page: Page, state: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map(
      (v) =>
        `${state}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    );
  expect(bad).toEqual([]);
}

test.describe.serial("axe-core finds no critical or serious issue", () => {
  // axe walks every node of a month of posts; on a busy machine that takes a while.
  test.describe.configure({ timeout: 300_000 });
  test("sign-in, sign-up and the empty calendar", async ({ page }) => {
    await page.goto("/signin");
    await expectAccessible(page, "sign-in");
    await page.goto("/signup");
    await expectAccessible(page, "sign-up");
    account = await signUpWithBrand(page, "Axe Kestrel");
    await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
    await interactive(page);
    await expectAccessible(page, "empty calendar");
    // The first Tab offers to skip the header; Enter lands on the page itself.
    await page.locator("body").focus();
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("skip-link")).toBeFocused();
    await expect(page.getByTestId("skip-link")).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    await page.getByTestId("generate-month").click();
    await expect(page.getByTestId("generate-confirm")).toBeEnabled();
    await expectAccessible(page, "generate dialog");
  });

  test("the calendar's views with drafts, the editor and the history", async ({ page }, info) => {
    await signIn(page, account.email, PASSWORD);
    await planMonth(page, "Axe Kestrel", `${MONTH}-01`, 30);
    for (const view of ["month", "week", "list"]) {
      await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}&view=${view}&date=${MONTH}-12`);
      await interactive(page);
      await expectAccessible(page, `${view} view`);
    }
    await page.goto(`/calendar?brand=${account.brand}&month=${MONTH}`);
    await interactive(page);
    await page.getByTestId("day-2055-04-12").locator('[data-platform="linkedin"]').click();
    await expect(page.getByTestId("editor-panel")).toBeVisible();
    await expectAccessible(page, "editor");
    await page.getByTestId("history-toggle").click();
    await expect(page.getByTestId("history-version").first()).toBeVisible();
    await expectAccessible(page, "editor with history");
    await attachShot(page, info, "editor-open", false);
    const editor = page.getByTestId("editor-panel");
    // seed 7 makes this LinkedIn post a generated carousel: its slides are in the editor already
    await editor.getByTestId("slide-2").fill("A second slide, previewed in the brand's colors");
    await editor.getByTestId("save-extras").click();
    await expect(editor.getByTestId("preview-carousel")).toContainText("A second slide");
    await expectAccessible(page, "editor with a carousel");
  });

  test("runs, analytics, settings, brands, connections, team and activity, each under its own title", async ({
    page,
  }) => {
    await signIn(page, account.email, PASSWORD);
    for (const [path, title] of [
      ["/runs", "Runs · Social CM"],
      ["/analytics", "Analytics · Social CM"],
      ["/settings", "Settings · Social CM"],
      ["/settings/brands", "Brands · Social CM"],
      ["/settings/brands/new", "New brand · Social CM"],
      [`/settings/brands/${account.brand}`, "Brand brief · Social CM"],
      ["/settings/connections", "Connections · Social CM"],
      ["/settings/team", "Team · Social CM"],
      ["/settings/activity", "Activity · Social CM"],
      ["/calendar?brand=unknown-brand", null],
    ] as const) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      if (title) await expect(page).toHaveTitle(title);
      await expectAccessible(page, path);
    }
  });
});
