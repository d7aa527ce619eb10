"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

/** The interface language: kept for a year in this browser; "browser default" follows Accept-Language. */
export function LanguageSelect() {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const [value, setValue] = useState(() =>
    typeof document !== "undefined" && document.cookie.includes(`${LOCALE_COOKIE}=`) ? locale : "",
  );
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium text-slate-800">{t("label")}</span>
      <select
        data-testid="language-select"
        value={value}
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          document.cookie = next
            ? `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`
            : `${LOCALE_COOKIE}=; path=/; max-age=0`;
          router.refresh();
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
      >
        <option value="">{t("browser")}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
