import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { FAKE_ACCOUNTS, FAKE_TOKENS } from "../fakes/start-fakes";
import { appHeaders, BRIEF, CONTROL, signUpWithBrand } from "./support/helpers";

type Network = "linkedin" | "facebook" | "x";

/** A new team whose brand has today's posts on `networks`, connected to the fakes, with one post open in the editor. */
async function openTodaysPost(page: Page, brandName: string, networks: Network[], open: Network) {
  const { brand } = await signUpWithBrand(page, brandName);
  const today = new Date().toISOString().slice(0, 10);
  const generated = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: brandName, start_date: today, duration_days: 1, platforms: networks },
  });
  expect(generated.status()).toBe(201);
  for (const platform of networks) {
    const connect = await page.request.post(`/api/brands/${brand}/connections`, {
      headers: appHeaders(),
      data: { platform, account_id: FAKE_ACCOUNTS[platform], access_token: FAKE_TOKENS[platform] },
    });
    expect(connect.status()).toBe(201);
  }
  await fetch(`${CONTROL}/reset`, { method: "POST" });
  await page.goto(`/calendar?brand=${brand}&month=${today.slice(0, 7)}`);
  await expect(page.locator("[data-calendar-ready]")).toBeVisible();
  await openPost(page, today, open);
  return { brand, today, editor: page.getByTestId("editor-panel") };
}

async function openPost(page: Page, today: string, network: Network) {
  // the editor is a modal panel: Escape closes it and gives the calendar back
  if (await page.getByTestId("editor-panel").isVisible()) {
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("editor-panel")).toBeHidden();
  }
  await page.getByTestId(`day-${today}`).locator(`[data-platform="${network}"]`).click();
  await expect(page.getByTestId("editor-panel").getByTestId("post-extras")).toBeVisible();
}

async function publishToday(page: Page, today: string, platforms: string[]) {
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, platforms, include_future: true },
  });
  expect(run.status()).toBe(200);
}

const png = (background: string) =>
  sharp({ create: { width: 80, height: 60, channels: 3, background } })
    .png()
    .toBuffer();

test("an image attached, a card generated and a 3-part X thread built, previewed, approved, published as a chain of replies and seen part by part on the run board", async ({
  page,
}) => {
  const { brand, today, editor } = await openTodaysPost(page, "Thread Owl", ["x"], "x");
  await editor
    .getByTestId("media-upload")
    .setInputFiles({ name: "oven.png", mimeType: "image/png", buffer: await png("#ffcc00") });
  await expect(editor.getByRole("button", { name: /oven\.png, 80×60, image 1/ })).toBeVisible();
  await editor.getByTestId("save-extras").click();
  await expect(editor).toContainText("version 2");
  await editor.getByTestId("generate-card").click();
  await expect(editor.getByTestId("generate-visual")).toContainText("Card added to the post.");
  await expect(editor.getByTestId("media-picker")).toContainText("2 / 4");
  await expect(editor.getByTestId("preview-x").first().getByTestId("preview-images").locator("img")).toHaveCount(2);

  // The generator may have made a thread already: keep exactly two replies, typed here.
  while ((await editor.locator('[data-testid^="thread-part-"]').count()) > 0)
    await editor
      .getByRole("button", { name: /^Remove part/ })
      .first()
      .click();
  await editor.getByTestId("editor-body").fill("Three things we learned baking for 1,000 neighbours. 1/3");
  // typed in the wrong order, then put right with the keyboard
  await editor.getByTestId("add-thread-part").click();
  await editor.getByTestId("thread-part-2").fill("Last: people come back for the smell. 3/3");
  await editor.getByTestId("add-thread-part").click();
  await editor.getByTestId("thread-part-3").fill("First: the oven decides, not the schedule. 2/3");
  await expect(editor.getByTestId("thread-part-count-3")).toHaveText("46 / 280");
  await editor.getByRole("button", { name: "Move part 3 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(editor.getByTestId("thread-part-2")).toHaveValue("First: the oven decides, not the schedule. 2/3");
  await expect(editor.getByTestId("thread-preview-2")).toContainText("the oven decides");
  await expect(editor.getByTestId("thread-preview-3")).toContainText("the smell");
  await editor.getByTestId("first-comment").fill("Order for Saturday: https://bakery.example.com/shop");
  await editor.getByTestId("save-extras").click();
  await expect(editor).toContainText("Thread: 3 parts");
  await expect(editor.getByTestId("approve-post")).toBeEnabled();
  await editor.getByTestId("approve-post").click();
  await expect(editor).toContainText("Status: Approved");
  await editor.getByTestId("preview-day").click();
  const day = page.getByTestId("day-preview");
  await expect(day.getByTestId("day-thread-part-2")).toContainText("the oven decides");
  await expect(day.getByTestId("day-thread-part-3")).toContainText("the smell");
  // the first tweet carries the image and the card
  await expect(day.getByTestId("preview-x").first().getByTestId("preview-images").locator("img")).toHaveCount(2);
  await day.getByRole("button", { name: "Close" }).click();

  await publishToday(page, today, ["X"]);
  const x = (await (await fetch(`${CONTROL}/posts?network=x`)).json()) as {
    posts: { id: string; sentText: string; inReplyTo: string | null; mediaIds: string[] }[];
  };
  expect(x.posts.map((p) => p.mediaIds.length)).toEqual([2, 0, 0, 0]);
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
  // the image and the card were uploaded first, each with the id X gave it
  await expect(steps.getByTestId("run-step-media-1")).toContainText("Image 2 of 2");
  for (const step of ["media-0", "media-1", "part-0", "part-1", "part-2", "comment-0"])
    await expect(steps.getByTestId(`run-step-${step}`)).toHaveAttribute("data-done", "true");
  await page.screenshot({ path: "test-results/media-thread-run.png", fullPage: true });
});

test("an image uploaded in the editor goes out with the X post", async ({ page }) => {
  const { today, editor } = await openTodaysPost(page, "Image Owl", ["x"], "x");
  await expect(editor.getByTestId("media-picker")).toContainText("No images yet");
  await editor
    .getByTestId("media-upload")
    .setInputFiles({ name: "bread.png", mimeType: "image/png", buffer: await png("#ffcc00") });
  await expect(editor.getByRole("button", { name: /bread\.png, 80×60, image 1/ })).toBeVisible();
  await expect(editor.getByTestId("media-picker")).toContainText("1 / 4 · X: up to 4 images");
  await editor.getByTestId("save-extras").click();
  await expect(editor).toContainText("version 2");
  await editor.getByTestId("approve-post").click();
  await expect(editor).toContainText("Status: Approved");

  await publishToday(page, today, ["X"]);
  const x = (await (await fetch(`${CONTROL}/posts?network=x`)).json()) as { posts: { mediaIds: string[] }[] };
  expect(x.posts[0].mediaIds).toHaveLength(1);
});

test("a carousel edited slide by slide goes out as a LinkedIn PDF document and a Facebook multi-photo post", async ({
  page,
}) => {
  const { brand, today, editor } = await openTodaysPost(page, "Carousel Owl", ["linkedin", "facebook"], "linkedin");
  const slides = ["Three loaves, three mornings", "Monday: the country loaf", "Wednesday: the rye", "Friday: brioche"];
  const buildCarousel = async () => {
    // A generated LinkedIn post may be a carousel already: start from none.
    while ((await editor.locator('[data-testid^="slide-item-"]').count()) > 0)
      await editor
        .getByRole("button", { name: /^Remove slide/ })
        .first()
        .click();
    await editor.getByTestId("add-slide").click();
    await editor.getByTestId("slide-1").fill(slides[0]!);
    await editor.getByTestId("slide-2").fill(slides[2]!);
    await editor.getByTestId("add-slide").click();
    await editor.getByTestId("slide-3").fill(slides[1]!);
    await editor.getByRole("button", { name: "Move slide 3 up" }).click();
    await editor.getByTestId("add-slide").click();
    await editor.getByTestId("slide-4").fill(slides[3]!);
    for (const [i, text] of slides.entries()) {
      await expect(editor.getByTestId(`slide-${i + 1}`)).toHaveValue(text);
      await expect(editor.getByTestId(`slide-preview-${i + 1}`)).toContainText(text);
    }
    await expect(editor.getByTestId("slide-count-2")).toHaveText(`${slides[1]!.length} / 300`);
    await editor.getByTestId("save-extras").click();
    await expect(editor).toContainText("Carousel: 4 slides");
    await expect(editor.getByTestId("preview-carousel").getByTestId("preview-slide-4")).toContainText("brioche");
    await editor.getByTestId("approve-post").click();
    await expect(editor).toContainText("Status: Approved");
  };
  await buildCarousel();
  await editor.getByTestId("post-extras").screenshot({ path: "test-results/media-carousel-editor.png" });
  await openPost(page, today, "facebook");
  await buildCarousel();

  await editor.getByTestId("preview-day").click();
  const day = page.getByTestId("day-preview");
  await expect(day.getByTestId("preview-linkedin").getByTestId("preview-carousel")).toContainText("4 pages");
  await expect(day.getByTestId("preview-facebook").getByTestId("preview-slide-4")).toContainText("brioche");
  await page.screenshot({ path: "test-results/media-carousel-day.png", fullPage: true });
  await day.getByRole("button", { name: "Close" }).click();

  await publishToday(page, today, ["LinkedIn", "Facebook"]);
  const li = (await (await fetch(`${CONTROL}/posts?network=linkedin`)).json()) as {
    posts: { mediaId: string | null; mediaTitle: string | null }[];
  };
  expect(li.posts).toHaveLength(1);
  expect(li.posts[0]).toMatchObject({ mediaId: expect.stringMatching(/^urn:li:document:/), mediaTitle: slides[0] });
  const fb = (await (await fetch(`${CONTROL}/posts?network=facebook`)).json()) as { posts: { photos: string[] }[] };
  expect(fb.posts).toHaveLength(1);
  expect(fb.posts[0].photos).toHaveLength(4);

  await page.goto(`/runs?date=${today}&brand=${brand}`);
  const liRow = page.getByTestId(`run-row-${brand}-linkedin`);
  await expect(liRow).toHaveAttribute("data-state", "published");
  for (const step of ["document-0", "part-0"])
    await expect(liRow.getByTestId(`run-step-${step}`)).toHaveAttribute("data-done", "true");
  const fbRow = page.getByTestId(`run-row-${brand}-facebook`);
  await expect(fbRow).toHaveAttribute("data-state", "published");
  for (const step of ["media-0", "media-1", "media-2", "media-3", "part-0"])
    await expect(fbRow.getByTestId(`run-step-${step}`)).toHaveAttribute("data-done", "true");
  await page.screenshot({ path: "test-results/media-carousel-run.png", fullPage: true });
});

test("images uploaded together are all attached in order, and a post that is full says so", async ({ page }) => {
  const { editor } = await openTodaysPost(page, "Batch Wren", ["x"], "x");
  const picker = editor.getByTestId("media-picker");
  await editor.getByTestId("media-upload").setInputFiles([
    { name: "one.png", mimeType: "image/png", buffer: await png("#112233") },
    { name: "two.png", mimeType: "image/png", buffer: await png("#445566") },
  ]);
  await expect(picker).toContainText("2 / 4");
  await expect(editor.getByRole("button", { name: /one\.png, 80×60, image 1/ })).toBeVisible();
  await expect(editor.getByRole("button", { name: /two\.png, 80×60, image 2/ })).toBeVisible();
  await editor.getByTestId("media-upload").setInputFiles(
    await Promise.all(
      ["three", "four", "five"].map(async (n) => ({
        name: `${n}.png`,
        mimeType: "image/png",
        buffer: await png("#778899"),
      })),
    ),
  );
  await expect(picker).toContainText("4 / 4");
  await expect(picker).toContainText("This post takes at most 4 images: unselect one first.");
  // The fifth is in the library, not on the post; picking it while full is refused the same way.
  await editor.getByRole("button", { name: /^five\.png/ }).click();
  await expect(picker).toContainText("4 / 4");
  await expect(editor.getByRole("button", { name: /five\.png, 80×60, image/ })).toHaveCount(0);
});
