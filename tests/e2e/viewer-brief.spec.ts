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
