"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** A titled frame for one chart, with its loading and error states, so every chart looks alike. */
export function ChartCard({
  title,
  description,
  testId,
  loading,
  error,
  children,
  className = "",
}: {
  title: string;
  description?: ReactNode;
  testId?: string;
  loading?: boolean;
  error?: string | null;
  children?: ReactNode;
  className?: string;
}) {
  const t = useTranslations("analytics.chart");
  return (
    <figure
      data-testid={testId}
      aria-busy={loading || undefined}
      className={`min-w-0 rounded-xl border border-slate-200 bg-white p-4 ${className}`}
    >
      <figcaption className="mb-3">
        <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
        {description ? <p className="text-xs text-slate-500">{description}</p> : null}
      </figcaption>
      {error ? (
        <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-700">
          {error}
        </p>
      ) : loading ? (
        <div className="h-64 animate-pulse rounded-md bg-slate-100" aria-label={t("loading")} />
      ) : (
        children
      )}
    </figure>
  );
}
