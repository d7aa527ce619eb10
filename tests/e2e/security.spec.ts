import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support/helpers";

/** Collects every CSP violation the browser reports on a page. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(msg.text()))
      violations.push(msg.text());
  });
  page.on("pageerror", (err) => {
    if (/Content Security Policy/i.test(err.message)) violations.push(err.message);
  });
  return violations;
}

test("every page runs under the nonce CSP without a single violation", async ({ page }) => {
  const violations = watchCsp(page);
  const res = await page.goto("/signin");
  const csp = res!.headers()["content-security-policy"];
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res!.headers()["x-content-type-options"]).toBe("nosniff");
  await signIn(page);
  for (const path of ["/calendar", "/runs", "/analytics", "/settings"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("a callback URL pointing off-site lands on the calendar instead", async ({ page }) => {
  for (const evil of ["//evil.example/x", "/\\evil.example/x"]) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(evil)}`);
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/calendar/);
  }
});

test("unknown API paths and wrong methods answer in JSON", async ({ request }) => {
  const missing = await request.get("/api/no/such/thing");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
  const wrong = await request.put("/api/brands");
  expect(wrong.status()).toBe(405);
  expect(wrong.headers()["allow"]).toContain("GET");
  const bad = await request.get("/api/brands/%ZZ");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("bad_request");
});
