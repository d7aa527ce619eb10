import { pageTitle } from "@/components/i18n/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getReviewPage, type ReviewPage } from "@/lib/review-links/get-review-page";
import { reviewTokenParam } from "@/lib/schemas/review-links";
import { ClientReview } from "@/components/review/client-review";
import { LINK_GONE } from "@/lib/review-links/open-review-link";
import { renderText } from "@/lib/i18n/render-text";
import type { Locale } from "@/lib/i18n/locales";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("review");

export const dynamic = "force-dynamic";

/** Public: the token is the credential; nothing here links into the app. */
async function ReviewPageRoute({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let data: ReviewPage | null = null;
  const locale = (await getLocale()) as Locale;
  let message = renderText(LINK_GONE, locale);
  const parsed = reviewTokenParam.safeParse(token);
  if (parsed.success) {
    try {
      data = await getReviewPage({ db: getDb(), token: parsed.data, now: new Date() });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      message = err.toBody(locale).error.message;
    }
  }
  const t = await getTranslations("review.client");
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6">
      {data ? (
        <ClientReview token={token} data={data} />
      ) : (
        <div className="rounded-xl border border-slate-200 bg-white p-6">
          <h1 className="text-xl font-semibold">{t("unavailable")}</h1>
          <p role="alert" className="mt-2 text-slate-700">
            {message}
          </p>
        </div>
      )}
    </main>
  );
}

export default withClientMessages("app/review/[token]/page.tsx", ReviewPageRoute);
