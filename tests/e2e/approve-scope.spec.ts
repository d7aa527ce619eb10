import { expect, test } from "@playwright/test";
import { appHeaders, signUpWithBrand } from "./support/helpers";
import { interactive, planMonth } from "./support/calendar";

test("Approve month follows the network filter and says what it will publish first", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Scoped Owl");
  await planMonth(page, "Scoped Owl", "2055-05-01", 31);
  await page.goto(`/calendar?brand=${brand}&month=2055-05`);
  await interactive(page);
  await page.getByLabel("Filter by network").selectOption("linkedin");

  // Cancelled: nothing changes.
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByTestId("approve-month").click();
  await expect
    .poll(() => asked)
    .toBe("Approve 31 drafts on LinkedIn? Approved posts are published automatically at their time.");
  const statuses = async () => {
    const res = await page.request.get(`/api/brands/${brand}/posts?from=2055-05-01&to=2055-05-31`, {
      headers: appHeaders(),
    });
    const posts = (await res.json()).posts as { platform: string; status: string }[];
    return Object.fromEntries(
      ["linkedin", "facebook", "x"].map((n) => [
        n,
        posts.filter((p) => p.platform === n && p.status === "approved").length,
      ]),
    );
  };
  expect(await statuses()).toEqual({ linkedin: 0, facebook: 0, x: 0 });

  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("approve-month").click();
  await expect(page.getByTestId("status-line")).toContainText("Approved 31 posts");
  expect(await statuses()).toEqual({ linkedin: 31, facebook: 0, x: 0 });

  // The week view has its own "Approve week"; a month-wide button there used to approve the week alone.
  await page.goto(`/calendar?brand=${brand}&view=week&date=2055-05-12`);
  await interactive(page);
  await expect(page.getByTestId("view-week")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("approve-month")).toHaveCount(0);
});
