import { expect, test } from "@playwright/test";
import { signUpWithBrand } from "./support/helpers";

test.use({ timezoneId: "Asia/Tokyo" });

test("a new brand starts in the browser's zone without a hydration error; changing a zone asks first", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const { brand } = await signUpWithBrand(page, "Zoned Heron");
  await page.goto("/settings/brands/new");
  const form = page.getByTestId("brand-form");
  await expect(form.getByLabel("Timezone")).toHaveValue("Asia/Tokyo");
  // The name stops at the schema's 80 characters instead of being refused on save.
  await form.getByLabel("Brand name").fill("N".repeat(90));
  await expect(form.getByLabel("Brand name")).toHaveValue("N".repeat(80));
  expect(errors.filter((e) => /hydrat|#418/i.test(e))).toEqual([]);

  await page.goto(`/settings/brands/${brand}`);
  const edit = page.getByTestId("brand-form");
  const before = await edit.getByLabel("Timezone").inputValue();
  await edit.getByLabel("Timezone").selectOption("Pacific/Kiritimati");
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await edit.getByRole("button", { name: /Save/ }).click();
  await expect.poll(() => asked).toContain("keeps its day and local time, now in Pacific/Kiritimati");
  await page.reload();
  await expect(page.getByTestId("brand-form").getByLabel("Timezone")).toHaveValue(before);
});
