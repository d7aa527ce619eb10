"use client";

import { useTranslations } from "next-intl";
import { errorText } from "@/components/api-client";

export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-md bg-slate-200/70 ${className}`} />;
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
