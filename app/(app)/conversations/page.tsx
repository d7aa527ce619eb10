import { pageTitle } from "@/components/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { IntentLink } from "@/components/ui/intent-link";
import { ConversationsView } from "@/components/listening/conversations-view";
import { EmptyState } from "@/components/ui/empty-state";
import { pageBrands, requirePageAuth } from "@/lib/page-auth";
import { platformName } from "@/lib/schemas/common";
import { brandToday } from "@/lib/dates/zoned";
import { resolveRange } from "@/components/listening/conversation-range";
import { withClientMessages } from "@/components/i18n/client-messages";
import { roleAtLeast } from "@/lib/workspaces/roles";

export const generateMetadata = pageTitle("conversations");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function ConversationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const auth = await requirePageAuth();
  const t = await getTranslations("listening.pages");
  const params = await searchParams;
  const brands = await pageBrands(auth.workspaceId);
  const wanted = one(params.brand) ?? null;
  const brand = wanted ? brands.find((b) => b.slug === wanted) : brands[0];
  const platform = platformName.safeParse(one(params.platform));
  const sentiment = one(params.sentiment);
  const post = one(params.post) ?? null;
  // Presets and the default range count the brand's own days, as the comments API does.
  const today = brand ? brandToday(new Date(), brand.timezone) : "";
  return (
    <div data-testid="conversations-page" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold">
            {t("conversations")}
            {brand ? <span className="font-normal text-slate-500"> · {brand.name}</span> : null}
          </h1>
          <p className="text-sm text-slate-600">{t("conversationsIntro")}</p>
        </div>
        {brand ? (
          <IntentLink
            href={`/conversations/competitors?brand=${encodeURIComponent(brand.slug)}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            {t("competitors")} →
          </IntentLink>
        ) : null}
      </div>
      {!brand ? (
        <EmptyState title={brands.length ? t("notFound") : t("firstBrand")}>
          {brands.length ? t("noSuchBrand", { brand: wanted ?? "" }) : t("conversationsEmpty")}
        </EmptyState>
      ) : (
        <ConversationsView
          today={today}
          canReply={roleAtLeast(auth.role, "editor")}
          filters={{
            brand: brand.slug,
            platform: platform.success ? platform.data : null,
            sentiment: sentiment && ["positive", "neutral", "negative"].includes(sentiment) ? sentiment : null,
            post,
            unanswered: one(params.answered) === "no",
            ...resolveRange({ from: one(params.from), to: one(params.to) }, today, !!post),
          }}
        />
      )}
    </div>
  );
}

export default withClientMessages("app/(app)/conversations/page.tsx", ConversationsPage);
