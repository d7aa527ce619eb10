import { expect, test } from "@playwright/test";
import { appHeaders, BRIEF, signUpWithBrand } from "./support/helpers";
import { interactive } from "./support/calendar";

// An empty month says what Generate would plan there: on the brand's own networks, not all three.
test("an empty month names the brand's own networks", async ({ page, browser }) => {
  const { brand } = await signUpWithBrand(page, "Solo Owl");
  const planned = await page.request.post("/api/strategy/generate", {
    headers: appHeaders(),
    data: { ...BRIEF, brand_name: "Solo Owl", start_date: "2030-01-01", duration_days: 7, platforms: ["linkedin"] },
  });
  expect(planned.status()).toBe(201);
  await page.goto(`/calendar?brand=${brand}&month=2030-02`);
  await interactive(page);
  await expect(page.getByText("One click turns the Solo Owl brief into a post a day on LinkedIn.")).toBeVisible();
  await expect(page.getByText(/Facebook and X/)).toHaveCount(0);

  // the same words in French, from the same session
  const fr = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    locale: "fr-FR",
    storageState: await page.context().storageState(),
  });
  const french = await fr.newPage();
  await french.goto(`/calendar?brand=${brand}&month=2030-02`);
  await expect(
    french.getByText("Un clic transforme le brief de Solo Owl en un post par jour sur LinkedIn."),
  ).toBeVisible();
  await fr.close();
});
