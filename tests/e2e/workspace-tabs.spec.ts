import { expect, test } from "@playwright/test";
import { appHeaders, BRIEF, signUp } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

const MONTH = "2055-06";

/** Approved posts of the brand "twin-owl" in the month, as the page's session reads them. */
async function approved(request: import("@playwright/test").APIRequestContext, workspace?: string) {
  const res = await request.get(`/api/brands/twin-owl/posts?from=${MONTH}-01&to=${MONTH}-30`, {
    headers: { ...appHeaders(), ...(workspace ? { "x-workspace": workspace } : {}) },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()).posts as { status: string }[]).filter((p) => p.status === "approved").length;
}

test("a workspace switched in another tab does not redirect this tab's changes", async ({ page, browser }) => {
  // Two workspaces, each with a brand of the same name (so the same slug), one person in both.
  await signUp(page, "Olive Owner");
  expect(
    (await page.request.post("/api/brands", { headers: appHeaders(), data: { ...BRIEF, name: "Twin Owl" } })).status(),
  ).toBe(201);
  await planMonth(page, "Twin Owl", `${MONTH}-01`, 30);

  const context = await browser.newContext();
  const tabA = await context.newPage();
  const email = await signUp(tabA, "Pia Person");
  expect(
    (await tabA.request.post("/api/brands", { headers: appHeaders(), data: { ...BRIEF, name: "Twin Owl" } })).status(),
  ).toBe(201);
  await planMonth(tabA, "Twin Owl", `${MONTH}-01`, 30);
  const invite = await page.request.post("/api/invites", { headers: appHeaders(), data: { email, role: "approver" } });
  expect(invite.status()).toBe(201);
  await tabA.goto((await invite.json()).url);
  await tabA.getByRole("button", { name: "Accept invitation" }).click();
  await expect(tabA).toHaveURL(/\/calendar/);

  // Tab A works in Pia's own workspace…
  await tabA.getByLabel("Workspace").selectOption({ label: "Pia Person's workspace" });
  // the switcher shows the choice once the server has made it
  await expect(tabA.getByLabel("Workspace").locator("option:checked")).toHaveText("Pia Person's workspace");
  await tabA.goto(`/calendar?brand=twin-owl&month=${MONTH}`);
  await interactive(tabA);
  await expect(tabA.getByLabel("Workspace").locator("option:checked")).toHaveText("Pia Person's workspace");
  // …while tab B, in the same browser, switches to Olive's.
  const tabB = await context.newPage();
  await tabB.goto("/calendar");
  await tabB.getByLabel("Workspace").selectOption({ label: "Olive Owner's workspace" });
  await expect(tabB.getByLabel("Workspace").locator("option:checked")).toHaveText("Olive Owner's workspace");

  tabA.once("dialog", (d) => void d.accept());
  await tabA.getByTestId("approve-month").click();
  await expect(tabA.getByTestId("status-line")).toContainText("Approved 90 posts");
  // Olive's month is untouched; Pia's, the one tab A showed, is approved.
  expect(await approved(page.request)).toBe(0);
  const pias = await tabA.locator("[data-workspace]").getAttribute("data-workspace");
  expect(await approved(tabA.request, pias!)).toBe(90);
  await context.close();
});
