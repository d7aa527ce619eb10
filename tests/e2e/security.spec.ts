import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signUp } from "./support/helpers";

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

test("sign-out, a password change and sign out everywhere end sessions on other browsers too", async ({ browser }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const a = await laptop.newPage();
  const b = await phone.newPage();
  const email = await signUp(a, "Session Keeper");
  await signIn(b, email, "a-long-password");

  // A copied cookie outlives nothing: after signing out, the same cookie is refused by the server.
  const copied = await b.context().cookies();
  await b.getByRole("button", { name: "Sign out" }).click();
  await expect(b).toHaveURL(/\/signin/);
  await b.context().addCookies(copied);
  expect((await b.request.get("/api/brands")).status()).toBe(401);
  await b.goto("/calendar");
  await expect(b).toHaveURL(/\/signin/);

  await signIn(b, email, "a-long-password");
  await a.goto("/settings");
  await a.getByLabel("Current password").fill("a-long-password");
  await a.getByLabel("New password").fill("another-long-password");
  await a.getByRole("button", { name: "Change password" }).click();
  await expect(a.getByRole("status")).toContainText("other sessions were signed out (1)");
  await b.goto("/calendar");
  await expect(b).toHaveURL(/\/signin/);
  await a.goto("/calendar");
  await expect(a).toHaveURL(/\/calendar/);

  await signIn(b, email, "another-long-password");
  await a.goto("/settings");
  await a.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(a).toHaveURL(/\/signin/);
  await b.goto("/settings");
  await expect(b).toHaveURL(/\/signin/);
  await laptop.close();
  await phone.close();
});

test("a form sent before the page is interactive never puts a password in the URL", async ({ browser }) => {
  // With scripts off, the browser submits the form itself, as it would before hydration on a slow link.
  const context = await browser.newContext({ javaScriptEnabled: false });
  for (const path of ["/signin", "/signup"]) {
    const page = await context.newPage();
    await page.goto(path);
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").first().fill("hunter2-not-in-urls");
    // the page the browser lands on after sending the form
    const landed = page.waitForEvent("load");
    const [sent] = await Promise.all([
      page.waitForRequest((r) => r.isNavigationRequest()),
      page.keyboard.press("Enter"),
    ]);
    expect(sent.method()).toBe("POST");
    expect(sent.url()).not.toContain("hunter2");
    await landed;
    expect(page.url()).not.toContain("hunter2");
    await page.close();
  }
  await context.close();
});
