"use client";

import { useTranslations } from "next-intl";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/api-client";
import type { CreatedReviewLinkResponse } from "@/app/api/brands/[brand]/review-links/route";

/** A client review link for the month on screen; the URL is shown once to copy. */
export function ReviewLinkButton({ brand, from, to }: { brand: string; from: string; to: string }) {
  const t = useTranslations("review.link");
  const create = useMutation({
    mutationFn: () =>
      apiFetch<CreatedReviewLinkResponse>(`/api/brands/${encodeURIComponent(brand)}/review-links`, {
        method: "POST",
        body: { from, to },
      }),
  });
  return (
    <div className="flex items-center gap-2">
      <Button
        data-testid="create-review-link"
        variant="secondary"
        disabled={create.isPending}
        onClick={() => create.mutate()}
      >
        {t("create")}
      </Button>
      {create.data ? (
        <span className="flex items-center gap-1 text-xs">
          <code data-testid="review-link" className="max-w-64 truncate" title={create.data.url}>
            {create.data.url}
          </code>
          <button
            className="text-brand-700 underline"
            onClick={() => navigator.clipboard?.writeText(create.data!.url).catch(() => {})}
          >
            {t("copy")}
          </button>
          <span className="text-slate-500">{t("until", { date: create.data.expires_at.slice(0, 10) })}</span>
        </span>
      ) : null}
      {create.error ? (
        <span role="alert" className="text-xs text-rose-600">
          {create.error.message}
        </span>
      ) : null}
    </div>
  );
}
