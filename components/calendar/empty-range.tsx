"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { Network } from "@/lib/strategy/networks";
import { longDate, monthTitle } from "./month";
import { networkList } from "./network-meta";

/** Nothing planned in the days shown: what one click on Generate would plan there, on the brand's own networks. */
export function EmptyRange({
  week,
  from,
  month,
  brandName,
  networks,
  onGenerate,
}: {
  week: boolean;
  from: string;
  month: string;
  brandName: string;
  /** the networks a plan for these days covers (the brand's plan's), from the posts' answer */
  networks: readonly Network[] | undefined;
  /** absent for someone who cannot plan */
  onGenerate?: () => void;
}) {
  const t = useTranslations("calendar.empty");
  const locale = useLocale();
  return (
    <EmptyState
      title={week ? t("week", { date: longDate(from, locale) }) : t("month", { month: monthTitle(month, locale) })}
      action={
        onGenerate ? (
          <Button data-testid="generate-month" onClick={onGenerate}>
            {t("generate")}
          </Button>
        ) : undefined
      }
    >
      {t("body", { brand: brandName, networks: networkList(networks, locale) })}
    </EmptyState>
  );
}
