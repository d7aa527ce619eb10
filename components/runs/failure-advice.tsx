"use client";

import { useTranslations } from "next-intl";
import { IntentLink } from "@/components/ui/intent-link";
import { useFormats } from "@/components/i18n/formats";
import { adviceKey, type LedgerFailure } from "@/lib/orchestration/failure-advice";
import { partFailureMessage } from "@/lib/orchestration/part-failure-text";

/**
 * What happened to a post that did not go out, and what to do about it, in the reader's language. The
 * ledger's own text (the network's answer, in its words) follows as the detail.
 */
export function FailureAdvice({
  failure,
  brand,
  timeZone,
  className = "mt-1",
}: {
  failure: LedgerFailure;
  /** the brand whose connections the reconnect link opens */
  brand?: string;
  timeZone: string;
  className?: string;
}) {
  const t = useTranslations("runs.advice");
  const f = useFormats();
  const advice = adviceKey(failure);
  // a thread part's framing is the app's own sentence: translated, around the network's words
  const part = failure.last_error ? partFailureMessage(failure.last_error) : null;
  if (!advice && !failure.last_error) return null;
  return (
    <div data-testid="failure-advice" data-advice={advice ?? undefined} className={`space-y-0.5 text-xs ${className}`}>
      {advice ? (
        <p className="font-medium text-rose-800">
          {t(advice, {
            time: failure.next_attempt_at ? f.dateTime(failure.next_attempt_at, timeZone) : "",
          })}
          {advice === "needs_reconnect" ? (
            <>
              {" "}
              <IntentLink
                className="underline"
                href={`/settings/connections${brand ? `?brand=${encodeURIComponent(brand)}` : ""}`}
              >
                {t("reconnect")}
              </IntentLink>
            </>
          ) : null}
        </p>
      ) : null}
      {failure.last_error && advice !== "missed" ? (
        <p className="break-words text-rose-700">
          <span className="text-slate-600">{t("detail")} </span>
          {part ? t(part.key.replace("runs.advice.", ""), part.values) : failure.last_error}
        </p>
      ) : null}
    </div>
  );
}
