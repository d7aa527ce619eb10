import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { appHeaders, BRIEF, signUpWithBrand } from "./support/helpers";

test("a brand's colors and logo in the brief, then a card generated in the editor, attached and previewed", async ({
  page,
}) => {
  const { brand } = await signUpWithBrand(page, "Card Owl");

  await page.goto(`/settings/brands/${brand}`);
  const form = page.getByTestId("brand-form");
  await form.getByTestId("brand-primary_color").fill("#0F766E");
  await form.getByTestId("brand-accent_color").fill("#fbbf24");
  const logo = await sharp({ create: { width: 96, height: 96, channels: 4, background: "#e11d48" } })
    .png()
    .toBuffer();
  await form.getByTestId("media-upload").setInputFiles({ name: "owl-logo.png", mimeType: "image/png", buffer: logo });
  await expect(form.getByRole("button", { name: /owl-logo\.png, 96×96, image 1/ })).toBeVisible();
  await form.getByRole("button", { name: "Save brief" }).click();
  await expect(page).toHaveURL(/\/calendar/);
  await page.goto(`/settings/brands/${brand}`);
  await expect(form.getByTestId("brand-primary_color")).toHaveValue("#0f766e");
  await expect(form.getByTestId("brand-accent_color")).toHaveValue("#fbbf24");
  await expect(form.getByRole("button", { name: /owl-logo\.png, 96×96, image 1/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Card Owl", start_date: today, duration_days: 1, platforms: ["linkedin"] },
  });
  expect(generated.status()).toBe(201);
  // A generated LinkedIn carousel has its document for media: this test wants the text post it becomes without it.
  const [post] = ((await generated.json()) as { posts: { id: string; version: number; slides: string[] }[] }).posts;
  if (post!.slides.length) {
    const plain = await page.request.put(`/api/posts/${post!.id}/extras`, {
      headers: appHeaders(),
      data: { version: post!.version, slides: [] },
    });
    expect(plain.status()).toBe(200);
  }
  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await page.getByTestId(`day-${today}`).locator('[data-platform="linkedin"]').click();
  const editor = page.getByTestId("editor-panel");
  await expect(editor.getByTestId("media-picker")).toContainText("0 / 1");

  // Keyboard: focus the button and press Enter.
  const button = editor.getByTestId("generate-card");
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(editor.getByTestId("generate-visual")).toContainText("Card added to the post.");
  const card = editor.getByRole("button", { name: /^card-linkedin-\d{4}-\d{2}-\d{2}\.png, 1200×627, image 1$/ });
  await expect(card).toBeVisible();
  await expect(editor.getByTestId("media-picker")).toContainText("1 / 1");
  // LinkedIn takes one image: a second card would go over, and the editor says so.
  await expect(button).toBeDisabled();
  await expect(editor.getByTestId("generate-visual")).toContainText("remove one to add a card");

  const preview = editor.getByTestId("preview-linkedin").getByTestId("preview-images").locator("img");
  await expect(preview).toHaveCount(1);
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]))
    .toEqual([1200, 627]);
  const src = await preview.getAttribute("src");
  // fetched by the page itself, with its session, as the preview did
  const png = Buffer.from(
    await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), src!),
  );
  await writeFile("test-results/generated-card.png", png);
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const corner = (info.height - 2) * info.width * info.channels;
  expect([data[corner], data[corner + 1], data[corner + 2]]).toEqual([0x0f, 0x76, 0x6e]);
  await page.screenshot({ path: "test-results/cards-editor.png", fullPage: true });
});

test("a generated day asks for cards and the calendar shows them arriving", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Month Owl");
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Month Owl", start_date: today, duration_days: 1, attach_cards: true },
  });
  expect(generated.status()).toBe(201);
  const plan = (await generated.json()) as { cards_requested: number; posts: { platform: string; slides: string[] }[] };
  // every post but a LinkedIn carousel, whose document is its one media
  const carded = plan.posts.filter((p) => !(p.platform === "linkedin" && p.slides.length)).length;
  expect(plan.cards_requested).toBe(carded);
  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await expect
    .poll(
      async () =>
        ((await (await page.request.get(`/api/brands/${brand}/cards`)).json()) as { pending: number }).pending,
      {
        timeout: 60_000,
      },
    )
    .toBe(0);
  await expect(page.getByTestId("card-progress")).toHaveCount(0);
  await page.getByTestId(`day-${today}`).locator('[data-platform="x"]').click();
  const editor = page.getByTestId("editor-panel");
  await expect(editor.getByTestId("preview-images").locator("img")).toHaveCount(1);
  // The day's preview shows each network's post with its card.
  await editor.getByTestId("preview-day").click();
  await expect(page.getByTestId("day-preview").getByTestId("preview-images").locator("img")).toHaveCount(carded);
});

test("a run of automatic cards is one line in the activity log, opened to list each card", async ({ page }) => {
  const { brand } = await signUpWithBrand(page, "Log Owl");
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Log Owl", start_date: today, duration_days: 2, attach_cards: true },
  });
  expect(generated.status()).toBe(201);
  const { cards_requested: cards } = (await generated.json()) as { cards_requested: number };
  expect(cards).toBeGreaterThanOrEqual(3);
  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect
    .poll(
      async () =>
        ((await (await page.request.get(`/api/brands/${brand}/cards`)).json()) as { pending: number }).pending,
      { timeout: 60_000 },
    )
    .toBe(0);

  await page.goto("/settings/activity");
  const group = page.getByTestId("activity-group");
  await expect(group).toHaveCount(1);
  await expect(group).toHaveAttribute("data-count", String(cards));
  await expect(group).toContainText(`${cards} times since`);
  // The plan's own event stays a line of its own.
  await expect(page.getByTestId("activity-item").and(page.locator('[data-action="plan.generate"]'))).toHaveCount(1);
  await group.locator("summary").click();
  await expect(group.getByTestId("activity-item")).toHaveCount(cards);
});
