import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { FAKE_ACCOUNTS, FAKE_TOKENS } from "../fakes/start-fakes";
import { appHeaders, BRIEF, CONTROL, signUpWithBrand } from "./support/helpers";

test("a 3-part X thread built in the editor, previewed, approved and published as a chain of replies", async ({
  page,
}) => {
  const { brand } = await signUpWithBrand(page, "Thread Owl");
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Thread Owl", start_date: today, duration_days: 1, platforms: ["x"] },
  });
  expect(generated.status()).toBe(201);
  const connect = await page.request.post(`/api/brands/${brand}/connections`, {
    headers: appHeaders(),
    data: { platform: "x", account_id: FAKE_ACCOUNTS.x, access_token: FAKE_TOKENS.x },
  });
  expect(connect.status()).toBe(201);
  await fetch(`${CONTROL}/reset`, { method: "POST" });

  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await page.getByTestId(`day-${today}`).locator('[data-platform="x"]').click();
  const editor = page.getByTestId("editor-panel");
  await expect(editor.getByTestId("post-extras")).toBeVisible();
  // The generator may have made a thread already: keep exactly two replies, typed here.
  while ((await editor.locator('[data-testid^="thread-part-"]').count()) > 0)
    await editor
      .getByRole("button", { name: /^Remove part/ })
      .first()
      .click();
  await editor.getByTestId("editor-body").fill("Three things we learned baking for 1,000 neighbours. 1/3");
  await editor.getByTestId("add-thread-part").click();
  await editor.getByTestId("thread-part-2").fill("First: the oven decides, not the schedule. 2/3");
  await editor.getByTestId("add-thread-part").click();
  await editor.getByTestId("thread-part-3").fill("Last: people come back for the smell. 3/3");
  await expect(editor.getByTestId("thread-preview-2")).toContainText("the oven decides");
  await expect(editor.getByTestId("thread-preview-3")).toContainText("the smell");
  await editor.getByTestId("first-comment").fill("Order for Saturday: https://bakery.example.com/shop");
  await editor.getByTestId("save-extras").click();
  await expect(editor).toContainText("Thread: 3 parts");
  await expect(editor.getByTestId("approve-post")).toBeEnabled();
  await editor.getByTestId("approve-post").click();
  await expect(editor).toContainText("Status: Approved");

  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, platforms: ["X"], include_future: true },
  });
  expect(run.status()).toBe(200);
  const x = (await (await fetch(`${CONTROL}/posts?network=x`)).json()) as {
    posts: { id: string; sentText: string; inReplyTo: string | null }[];
  };
  expect(x.posts.map((p) => p.sentText)).toEqual([
    "Three things we learned baking for 1,000 neighbours. 1/3",
    "First: the oven decides, not the schedule. 2/3",
    "Last: people come back for the smell. 3/3",
    "Order for Saturday: https://bakery.example.com/shop",
  ]);
  expect(x.posts.slice(1).map((p) => p.inReplyTo)).toEqual(x.posts.slice(0, 3).map((p) => p.id));

  await page.goto(`/runs?date=${today}&brand=${brand}`);
  const row = page.getByTestId(`run-row-${brand}-x`);
  await expect(row).toHaveAttribute("data-state", "published");
  const steps = row.getByTestId(`run-steps-${brand}-x`);
  for (const step of ["part-0", "part-1", "part-2", "comment-0"])
    await expect(steps.getByTestId(`run-step-${step}`)).toHaveAttribute("data-done", "true");
  await page.screenshot({ path: "test-results/media-thread-run.png", fullPage: true });
});

test("an image uploaded in the editor goes out with the X post", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Image Owl");
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Image Owl", start_date: today, duration_days: 1, platforms: ["x"] },
  });
  expect(generated.status()).toBe(201);
  const connect = await page.request.post(`/api/brands/${brand}/connections`, {
    headers: appHeaders(),
    data: { platform: "x", account_id: FAKE_ACCOUNTS.x, access_token: FAKE_TOKENS.x },
  });
  expect(connect.status()).toBe(201);
  await fetch(`${CONTROL}/reset`, { method: "POST" });

  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await page.getByTestId(`day-${today}`).locator('[data-platform="x"]').click();
  const editor = page.getByTestId("editor-panel");
  await expect(editor.getByTestId("media-picker")).toContainText("No images yet");
  const png = await sharp({ create: { width: 80, height: 60, channels: 3, background: "#ffcc00" } })
    .png()
    .toBuffer();
  await editor.getByTestId("media-upload").setInputFiles({ name: "bread.png", mimeType: "image/png", buffer: png });
  await expect(editor.getByRole("button", { name: /bread\.png, 80×60, image 1/ })).toBeVisible();
  await expect(editor.getByTestId("media-picker")).toContainText("1 / 4 · X: up to 4 images");
  await editor.getByTestId("save-extras").click();
  await expect(editor).toContainText("version 2");
  await editor.getByTestId("approve-post").click();
  await expect(editor).toContainText("Status: Approved");

  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, platforms: ["X"], include_future: true },
  });
  expect(run.status()).toBe(200);
  const x = (await (await fetch(`${CONTROL}/posts?network=x`)).json()) as { posts: { mediaIds: string[] }[] };
  expect(x.posts[0].mediaIds).toHaveLength(1);
});
