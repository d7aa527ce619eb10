import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { appHeaders, BRIEF, signUpWithBrand } from "./support/helpers";

type Post = { id: string; platform: string; version: number; body: string };

async function upload(page: Page, brand: string, name: string, background: string) {
  const bytes = await sharp({ create: { width: 120, height: 90, channels: 3, background } })
    .png()
    .toBuffer();
  const res = await page.request.post(`/api/brands/${brand}/media?filename=${name}`, {
    headers: { ...appHeaders(), "content-type": "application/octet-stream" },
    data: bytes,
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function extras(page: Page, post: Post, data: Record<string, unknown>) {
  const res = await page.request.put(`/api/posts/${post.id}/extras`, {
    headers: appHeaders(),
    data: { version: post.version, ...data },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** The image really arrived: decoded by the browser, at the uploaded size. */
async function expectLoaded(img: Locator) {
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(120);
}

/** A Facebook carousel shows its slides, then the post's images, in the order they are sent. */
async function expectFacebookOrder(preview: Locator) {
  const tiles = preview.getByTestId("preview-carousel").locator(":scope > *");
  await expect(tiles).toHaveCount(3);
  await expect(tiles.nth(0)).toHaveAttribute("data-testid", "preview-slide-1");
  await expect(tiles.nth(0)).toContainText("Three loaves");
  await expect(tiles.nth(1)).toHaveAttribute("data-testid", "preview-slide-2");
  await expect(tiles.nth(2)).toHaveAttribute("data-testid", "preview-photo-1");
  await expectLoaded(tiles.nth(2).locator("img"));
}

test("the calendar and a client's review link show a post's slides and images as they will be sent", async ({
  page,
  browser,
}) => {
  const { brand } = await signUpWithBrand(page, "Review Owl");
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Review Owl", start_date: today, duration_days: 1, platforms: ["facebook", "x"] },
  });
  expect(generated.status()).toBe(201);
  const posts = ((await generated.json()) as { posts: Post[] }).posts;
  const fb = posts.find((p) => p.platform === "facebook")!;
  const x = posts.find((p) => p.platform === "x")!;
  const photo = await upload(page, brand, "loaf.png", "#b45309");
  const picture = await upload(page, brand, "oven.png", "#1d4ed8");
  await extras(page, fb, {
    slides: ["Three loaves", "Monday: rye"],
    media_ids: [photo],
    first_comment: "Bake times are in the pinned post.",
  });
  await extras(page, x, { media_ids: [picture], parts: [x.body.split("\n")[0]!, "Part two: the oven decides."] });

  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await page.getByTestId(`day-${today}`).locator('[data-platform="facebook"]').click();
  const editor = page.getByTestId("editor-panel");
  await expectFacebookOrder(editor.getByTestId("preview-facebook"));
  await editor.getByTestId("preview-day").click();
  await expectFacebookOrder(page.getByTestId("day-preview").getByTestId("preview-facebook"));
  await page.screenshot({ path: "test-results/review-media-day.png", fullPage: true });
  await page.keyboard.press("Escape");

  const link = await page.request.post(`/api/brands/${brand}/review-links`, {
    headers: appHeaders(),
    data: { from: today, to: today },
  });
  expect(link.status()).toBe(201);
  const reviewPath = new URL(((await link.json()) as { url: string }).url).pathname;

  // The client: no account, no session.
  const client = await browser.newContext();
  const review = await client.newPage();
  await review.goto(reviewPath);
  const fbReview = review.getByTestId(`review-post-${fb.id}`);
  await expectFacebookOrder(fbReview.getByTestId("preview-facebook"));
  await expect(fbReview.getByTestId("review-first-comment")).toContainText("Bake times are in the pinned post.");
  const xReview = review.getByTestId(`review-post-${x.id}`);
  const xImage = xReview.getByTestId("preview-images").locator("img");
  await expectLoaded(xImage);
  expect(await xImage.getAttribute("src")).toBe(`/api/review/${reviewPath.split("/").pop()}/media/${picture}`);
  await expect(xReview.getByTestId("review-thread-part-2")).toContainText("the oven decides");
  await expect(xReview.getByTestId("review-first-comment")).toHaveCount(0);
  await review.screenshot({ path: "test-results/review-media-client.png", fullPage: true });

  // The library itself stays members-only; the link opens only its posts' images.
  expect((await review.request.get(`/api/media/${picture}`)).status()).toBe(401);
  const other = await upload(page, brand, "unattached.png", "#16a34a");
  const refused = await review.request.get(`/api/review/${reviewPath.split("/").pop()}/media/${other}`, {
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(404);
  await client.close();
});
