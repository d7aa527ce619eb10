import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";

/** An unknown brand (or post, or page) in a URL: say so, instead of quietly showing another brand. */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div data-testid="not-found">
      <EmptyState
        title={t("title")}
        action={
          <IntentLink
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            href="/settings/brands"
          >
            {t("action")}
          </IntentLink>
        }
      >
        {t("body")}
      </EmptyState>
    </div>
  );
}
