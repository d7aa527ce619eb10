import { expect, test } from "@playwright/test";
import { appHeaders, joinByInvite, signUpWithBrand } from "./support/helpers";

test("a member removed from their only workspace is told so and can sign out", async ({ page, browser }) => {
  await signUpWithBrand(page, "Leaving Owl");
  const { page: leaver, email, context: ctx } = await joinByInvite(page, browser, "editor", "Lee Leaver");

  const members = (await (await page.request.get("/api/members", { headers: appHeaders() })).json()).members as {
    id: string;
    email: string;
  }[];
  const id = members.find((m) => m.email === email)!.id;
  expect((await page.request.delete(`/api/members/${id}`, { headers: appHeaders() })).status()).toBe(200);

  await leaver.goto("/calendar");
  await expect(leaver).toHaveURL(/\/no-workspace/);
  await expect(leaver.getByTestId("no-workspace")).toContainText("You are no longer a member of any workspace");
  await leaver.getByRole("button", { name: "Sign out" }).click();
  await expect(leaver).toHaveURL(/\/signin/);
  await ctx.close();
});
