import { expect, test } from "@playwright/test";
import { joinByInvite, signUpWithBrand } from "./support/helpers";

test("a viewer reads a brand's brief but is offered no way to change or create one", async ({ page, browser }) => {
  const { brand } = await signUpWithBrand(page, "Reading Owl");
  const { page: viewer, context: ctx } = await joinByInvite(page, browser, "viewer", "Vera Viewer");

  await viewer.goto("/settings/brands");
  await expect(viewer.getByRole("main").getByText("Reading Owl", { exact: true })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "New brand" })).toHaveCount(0);
  await viewer.goto(`/settings/brands/${brand}`);
  const form = viewer.getByTestId("brand-form");
  await expect(form.getByTestId("brief-read-only")).toContainText("You can read this brief");
  await expect(form.getByLabel("Brand name")).toHaveValue("Reading Owl");
  await expect(form.getByLabel("Brand name")).toBeDisabled();
  await expect(form.getByRole("button", { name: /Save/ })).toHaveCount(0);
  await viewer.goto("/settings/brands/new");
  await expect(viewer.getByTestId("create-is-for-editors")).toContainText("Creating a brand is for editors");
  await expect(viewer.getByTestId("brand-form")).toHaveCount(0);
  await ctx.close();
});

test("the only owner's row offers no role change or removal, and says why; with a second owner, both do", async ({
  page,
  browser,
}) => {
  const { email } = await signUpWithBrand(page, "Lone Owl");
  await page.goto("/settings/team");
  const mine = page.getByTestId(`member-${email}`);
  await expect(mine.getByTestId("only-owner")).toHaveText("The only owner: make someone else owner first.");
  await expect(mine.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expect(mine.getByRole("combobox")).toHaveCount(0);

  const { email: other, context } = await joinByInvite(page, browser, "owner", "Otto Owner");
  await page.reload();
  await expect(page.getByTestId(`member-${other}`).getByRole("button", { name: "Remove" })).toBeVisible();
  await expect(mine.getByRole("button", { name: "Remove" })).toBeVisible();
  await expect(mine.getByTestId("only-owner")).toHaveCount(0);
  await context.close();
});
