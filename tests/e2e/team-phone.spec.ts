import { expect, test, type Locator } from "@playwright/test";
import { appHeaders, signUp } from "./support/helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Two cells read apart when one sits wholly above the other or leaves a visible gap beside it. */
async function apart(a: Locator, b: Locator) {
  const [x, y] = [(await a.boundingBox())!, (await b.boundingBox())!];
  return x.y + x.height <= y.y + 1 || x.x + x.width + 4 <= y.x;
}

test("on a 390 px phone the team reads row by row, the email box empties after an invite, older invites load", async ({
  page,
}) => {
  const email = await signUp(page, "Narrow Finch");
  // 60 earlier invites: the list shows the newest 50 and offers the rest
  for (let i = 0; i < 60; i++) {
    const res = await page.request.post("/api/invites", {
      headers: appHeaders(),
      data: { email: `guest${i}-${Date.now()}@example.com`, role: "viewer" },
    });
    expect(res.status()).toBe(201);
  }
  await page.goto("/settings/team");

  const me = page.getByTestId(`member-${email}`);
  await expect(me).toBeVisible();
  expect(await apart(me.locator("td").nth(1), me.locator("td").nth(2))).toBe(true);

  const box = page.getByLabel("Email", { exact: true });
  const invited = `last-${Date.now()}@example.com`;
  await box.fill(invited);
  await page.getByRole("button", { name: "Create invite" }).click();
  await expect(page.getByTestId("invite-link")).toBeVisible();
  await expect(box).toHaveValue("");

  const rows = page.getByTestId("invites").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(invited);
  await page.getByTestId("invites-older").click();
  await expect(rows).toHaveCount(61);
  await expect(page.getByTestId("invites-older")).toHaveCount(0);
  expect(await apart(rows.first().locator("td").nth(0), rows.first().locator("td").nth(1))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
