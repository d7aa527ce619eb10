import { expect, type Page } from "@playwright/test";
import { FAKE_ACCOUNTS, FAKE_TOKENS } from "../../fakes/start-fakes";
import { appHeaders, approvedToday, runMetricsJob, signUp } from "./helpers";

/**
 * A new owner whose brand published today's Facebook post on the fake network and whose comments were
 * collected: what Conversations and its reply boxes need. Up to a minute waiting for the metrics job.
 */
export async function heardOnFacebook(page: Page, person: string, brandName: string) {
  await signUp(page, person);
  const { brand, today } = await approvedToday(
    page,
    brandName,
    { facebook: "00:00" },
    {
      beforeApproval: async (slug) => {
        const connected = await page.request.post(`/api/brands/${slug}/connections`, {
          headers: appHeaders(),
          data: { platform: "facebook", account_id: FAKE_ACCOUNTS.facebook, access_token: FAKE_TOKENS.facebook },
        });
        expect(connected.status()).toBe(201);
      },
    },
  );
  const run = await page.request.post("/api/orchestrator/daily", {
    headers: appHeaders(),
    data: { execute_date: today, include_future: true },
  });
  expect(run.status()).toBe(200);
  await runMetricsJob(page);
  return { brand, today };
}
