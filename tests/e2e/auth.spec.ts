import { expect, test } from "@playwright/test";
import { signUp } from "./support/helpers";

test("an anonymous visit to a private page is redirected to sign-in", async ({ page }) => {
  await page.goto("/runs");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fruns/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("sign up, land on the empty dashboard, sign out, sign back in", async ({ page }) => {
  const email = await signUp(page, "Nora Newcomer");
  await expect(page.getByRole("heading", { name: "Create your first brand" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.screenshot({ path: "test-results/empty-dashboard.png", fullPage: true });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/calendar");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/calendar/);
});

test("sign-up shows inline validation errors", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
});
