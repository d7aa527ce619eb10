import { expect, test } from "@playwright/test";
import { appHeaders, approvedToday, connectFake, failNextSend, signUpWithBrand } from "./support/helpers";
import { FAKE_ACCOUNTS } from "../fakes/start-fakes";
import { attachShot } from "./support/calendar";

test("a post Facebook calls a duplicate, with no copy to be found, gets the link a person pastes", async ({
  page,
}, info) => {
  await signUpWithBrand(page, "Linked Lynx");
  const { brand, today } = await approvedToday(
    page,
    "Duplicate Dove",
    { facebook: "00:00" },
    { beforeApproval: (b) => connectFake(page, b, "facebook") },
  );
  // The first send's connection drops (it may have landed); the retry finds no copy, and Facebook calls it a
  // duplicate: published, but nobody knows where.
  await failNextSend("facebook", "reset");
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, brand, include_future: true },
  });
  expect(run.status()).toBe(200);
  await failNextSend("facebook", "duplicate");
  const retried = await page.request.post(`/api/orchestrator/retry/${today}/facebook?brand=${brand}`, {
    headers: appHeaders(),
  });
  expect(retried.status()).toBe(200);

  await page.goto(`/runs?date=${today}&brand=${brand}`);
  const row = page.getByTestId(`run-row-${brand}-facebook`);
  await expect(row).toHaveAttribute("data-state", "published");
  await expect(row.getByRole("link", { name: /View post/ })).toHaveCount(0);
  const form = row.getByTestId(`link-form-${brand}-facebook`);
  await expect(form).toContainText("The network has this post but did not say where.");
  const field = form.getByLabel("Link of the post on Facebook");

  // Another network's link is refused, and says why.
  await field.fill("https://x.com/duplicate_dove/status/12345");
  await form.getByRole("button", { name: "Save link" }).click();
  await expect(form.getByRole("alert")).toContainText("That is not the link of a Facebook post.");
  await attachShot(page, info, "record-link-refused", false);

  await field.fill("https://www.facebook.com/DuplicateDove/posts/424242");
  await field.press("Enter");
  const view = row.getByRole("link", { name: /View post/ });
  await expect(view).toHaveAttribute("href", "https://www.facebook.com/DuplicateDove/posts/424242");
  await expect(form).toHaveCount(0);
  const status = await page.request.get(`/api/orchestrator/status?date=${today}&brand=${brand}`, {
    headers: appHeaders(),
  });
  const fb = (await status.json()).rows.find((r: { platform: string }) => r.platform === "facebook");
  expect(fb.remote_id).toBe(`${FAKE_ACCOUNTS.facebook}_424242`);
});
