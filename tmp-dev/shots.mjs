import { chromium } from "playwright";
const base = "http://127.0.0.1:3556";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const ctx = await browser.newContext({ viewport: { width: Number(process.env.W ?? 1366), height: 900 } });
const page = await ctx.newPage();
await page.goto(base + "/signin");
await page.getByLabel("Email").fill("demo@example.com");
await page.getByLabel("Password").fill("demo-password");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/calendar/);
for (const path of process.argv.slice(2)) {
  await page.goto(base + path, { waitUntil: "networkidle" });
  await page.waitForTimeout(400);
  const name = path.replace(/[^a-z0-9]+/gi, "_");
  await page.screenshot({ path: `/tmp/shots/${process.env.W ?? 1366}${name}.png`, fullPage: true });
}
await browser.close();
