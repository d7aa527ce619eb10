import { expect, test } from "@playwright/test";
import { signUp } from "./support/helpers";

test("an owner creates and revokes an API token, and adds and removes a webhook; each secret is shown once", async ({
  page,
}) => {
  await signUp(page, "Secret Keeper");

  await page.goto("/settings");
  const tokens = page.locator("section", { has: page.getByRole("heading", { name: "API tokens" }) });
  await expect(tokens.getByText("No tokens yet.")).toBeVisible();
  await tokens.getByLabel("Name").fill("CI script");
  await tokens.getByLabel("Role").selectOption("viewer");
  await tokens.getByRole("button", { name: "Create token" }).click();
  await expect(tokens.getByTestId("new-token")).not.toBeEmpty();
  const row = tokens.getByRole("row", { name: /CI script/ });
  await expect(row).toContainText("viewer");
  await expect(row).toContainText("never");
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");

  await page.goto("/settings/team");
  const hooks = page.locator("section", { has: page.getByRole("heading", { name: "Webhooks" }) });
  await hooks.getByLabel("Endpoint URL").fill("ftp://files.example.com/social-cm");
  await hooks.getByRole("button", { name: "Add endpoint" }).click();
  await expect(hooks.getByRole("alert")).toBeVisible();
  await hooks.getByLabel("Endpoint URL").fill("https://hooks.example.com/social-cm");
  await hooks.getByRole("button", { name: "Add endpoint" }).click();
  await expect(hooks.getByText("Signing secret, shown once")).toBeVisible();
  const hook = hooks.getByRole("listitem").filter({ hasText: "https://hooks.example.com/social-cm" });
  await expect(hook).toBeVisible();
  await hook.getByRole("button", { name: "Remove" }).click();
  await expect(hook).toHaveCount(0);
});
