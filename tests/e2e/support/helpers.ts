import { expect, type Browser, type Page } from "@playwright/test";
import { FAKE_ACCOUNTS, FAKE_TOKENS } from "../../fakes/start-fakes";
import { E2E_CRON_SECRET } from "./constants";

export const CONTROL = `http://127.0.0.1:${process.env.E2E_CONTROL_PORT ?? 3218}`;
/** What the browser itself sends with a same-origin request: the app refuses cookie mutations without it. */
export function appHeaders(base = "") {
  return { origin: base ? new URL(base).origin : `http://localhost:${process.env.E2E_PORT ?? 3217}` };
}

export const DEMO = { email: "demo@example.com", password: "demo-password" };

// Sign-in and sign-up find their fields by name, so they work whatever the browser's language.
export async function signIn(page: Page, email = DEMO.email, password = DEMO.password) {
  await page.goto("/signin");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId("signin-submit").click();
  await expect(page).toHaveURL(/\/calendar/);
}

export const PASSWORD = "a-long-password";

export async function signUp(page: Page, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`;
  await page.goto("/signup");
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByTestId("signup-submit").click();
  await expect(page).toHaveURL(/\/calendar/);
  return email;
}

/** A brief like the demo brand's, for specs that plan in a workspace of their own. */
export const BRIEF = {
  positioning: "The analytics platform that turns messy product data into decisions a team can act on the same day.",
  target_audience: "Product managers and growth leads at B2B SaaS companies with 20 to 500 employees",
  value_props: ["Dashboards ready in minutes, not sprints", "Plain-language answers from your own data"],
  tone: "confident, warm and practical",
  language: "en-US",
  timezone: "UTC",
  cta_targets: [{ key: "demo", url: "https://owl-analytics.example.com/demo" }],
  publish_times: { linkedin: "09:00", facebook: "12:30", x: "17:00" },
};

/** Signs up a new owner (so a new workspace) and creates one brand in it; the page stays signed in. */
export async function signUpWithBrand(page: Page, name: string) {
  const email = await signUp(page, name);
  const created = await page.request.post("/api/brands", { headers: appHeaders(), data: { ...BRIEF, name } });
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  return { email, brand: slug };
}

/**
 * Invites a new person to the signed-in owner's workspace with `role` and has them join through the
 * invite page in a browser context of their own; returns their page (still signed in) and email.
 */
export async function joinByInvite(owner: Page, browser: Browser, role: string, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`;
  const invite = await owner.request.post("/api/invites", { headers: appHeaders(), data: { email, role } });
  expect(invite.status()).toBe(201);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto((await invite.json()).url);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(/\/calendar/);
  return { page, email, context };
}

export async function fake(path: string, network: string, method = "GET") {
  const res = await fetch(`${CONTROL}${path}${path.includes("?") ? "&" : "?"}network=${network}`, { method });
  return res.json();
}

type Network = "linkedin" | "facebook" | "x";

/** Connects the brand to the fake network's one account with its token. */
export async function connectFake(page: Page, brand: string, platform: Network, base = "") {
  const connected = await page.request.post(`${base}/api/brands/${brand}/connections`, {
    headers: appHeaders(base),
    data: { platform, account_id: FAKE_ACCOUNTS[platform], access_token: FAKE_TOKENS[platform] },
  });
  expect(connected.status()).toBe(201);
}

/** Clears the fakes, then makes the network's next send fail with `kind`. */
export async function failNextSend(network: Network, kind: string) {
  await fetch(`${CONTROL}/reset`, { method: "POST" });
  await fetch(`${CONTROL}/fail-next?network=${network}&kind=${kind}`, { method: "POST" });
}

/**
 * A one-day plan for today (UTC) on the networks of `times` (HH:MM, UTC), approved. `beforeApproval`
 * runs first (to connect accounts, say), so nothing is due before it is done. Returns the brand's slug and today.
 */
export async function approvedToday(
  page: Page,
  name: string,
  times: Partial<Record<Network, string>>,
  opts: { base?: string; beforeApproval?: (brand: string) => Promise<void> } = {},
) {
  const base = opts.base ?? "";
  const today = new Date().toISOString().slice(0, 10);
  const platforms = Object.keys(times) as Network[];
  // Each brand's own words and link keep its posts apart from other brands' on the one fake account of each
  // network. An X thread's parts past the first carry neither and can still come out alike between brands, so
  // a spec gives X to one brand only (X refuses a text the account already posted).
  const own = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const brief = {
    positioning: "Sourdough for the neighbourhood",
    target_audience: "Families nearby",
    value_props: [`Baked every morning at ${name}`],
    language: "en-US",
    tone: "warm",
    cta_targets: [{ key: "shop", url: `https://${own}.example.com/shop` }],
    timezone: "UTC",
  };
  const created = await page.request.post(`${base}/api/brands`, {
    headers: appHeaders(base),
    data: { ...brief, name, publish_times: times },
  });
  expect(created.status()).toBe(201);
  const generated = await page.request.post(`${base}/api/strategy/generate`, {
    headers: appHeaders(base),
    data: { ...brief, brand_name: name, start_date: today, duration_days: 1, platforms },
  });
  expect(generated.status()).toBe(201);
  const { brand } = (await generated.json()) as { brand: string };
  await opts.beforeApproval?.(brand);
  const approved = await page.request.post(`${base}/api/strategy/approve`, {
    headers: appHeaders(base),
    data: { brand, from: today, to: today },
  });
  expect(await approved.json()).toMatchObject({ approved: platforms.length });
  return { brand, today };
}

/** A one-day, LinkedIn-only plan for today (UTC), approved, whose post goes out at `linkedinAt` (HH:MM, UTC). */
export function approvedLinkedInToday(page: Page, name: string, linkedinAt: string, base = "") {
  return approvedToday(page, name, { linkedin: linkedinAt }, { base });
}

/**
 * Runs the metrics job (which also collects comments) until it really runs: it runs once per minute,
 * and a test just before may have had this minute's run.
 */
export async function runMetricsJob(page: Page) {
  await expect
    .poll(
      async () => {
        const res = await page.request.get("/api/cron/metrics", {
          headers: { authorization: `Bearer ${E2E_CRON_SECRET}` },
        });
        expect(res.status(), await res.text()).toBe(200);
        return ((await res.json()) as { reason?: string }).reason ?? "ran";
      },
      { intervals: [3_000], timeout: 75_000 },
    )
    .toBe("ran");
}
