"use client";

import { useTranslations } from "next-intl";
import { ApiError } from "@/components/api-client";

export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-md bg-slate-200/70 ${className}`} />;
}

/** The API's message, plus the first field problem of a 422 (e.g. "The range is at most 366 days"). */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    const details = Array.isArray(err.body.details) ? (err.body.details as { message?: string }[]) : [];
    const first = details.find((d) => d?.message)?.message;
    return first ? `${err.body.message} ${first}.` : err.body.message;
  }
  return err instanceof Error ? err.message : String(err);
}

export function ErrorBox({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const t = useTranslations("analytics");
  return (
    <div role="alert" className="rounded-xl border border-rose-200 bg-rose-50 p-4 text-sm text-rose-800">
      <p className="font-medium">{title}</p>
      <p className="mt-1">{errorText(error)}</p>
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="mt-2 text-sm font-medium text-rose-700 underline hover:text-rose-900"
        >
          {t("tryAgain")}
        </button>
      ) : null}
    </div>
  );
}
