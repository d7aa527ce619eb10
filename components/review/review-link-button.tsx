"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { apiFetch } from "@/components/api-client";
import { useFormats } from "@/components/i18n/formats";
import type { CreatedReviewLinkResponse } from "@/app/api/brands/[brand]/review-links/route";

/** A client review link for the month on screen; the URL is shown once, whole, to copy. */
export function ReviewLinkButton({ brand, from, to }: { brand: string; from: string; to: string }) {
  const t = useTranslations("review.link");
  const tl = useTranslations("review.links");
  const f = useFormats();
  const copyButton = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      apiFetch<CreatedReviewLinkResponse>(`/api/brands/${encodeURIComponent(brand)}/review-links`, {
        method: "POST",
        body: { from, to },
      }),
  });
  const url = create.data?.url;
  // The button is off while the link is made, which drops the keyboard focus: it goes to Copy, the next step.
  useEffect(() => {
    if (url) copyButton.current?.focus();
  }, [url]);

  async function copy() {
    await navigator.clipboard?.writeText(url!).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        data-testid="create-review-link"
        variant="secondary"
        disabled={create.isPending}
        onClick={() => create.mutate()}
      >
        {t("create")}
      </Button>
      {create.data ? (
        <span className="flex flex-wrap items-center gap-1 text-xs">
          <input
            data-testid="review-link"
            readOnly
            aria-label={t("label")}
            value={create.data.url}
            title={create.data.url}
            onFocus={(e) => e.currentTarget.select()}
            className="w-72 max-w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
          />
          <Button ref={copyButton} data-testid="copy-review-link" variant="ghost" onClick={copy}>
            {copied ? t("copied") : t("copy")}
          </Button>
          <span className="text-slate-500">{t("until", { date: f.dateTime(create.data.expires_at) })}</span>
          <IntentLink className="text-brand-700 underline" href={`/settings/brands/${brand}#review-links`}>
            {tl("manage")}
          </IntentLink>
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
