"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/components/api-client";
import type { LocaleSetResponse } from "@/app/api/account/locale/route";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** The interface language, kept on the account; "browser default" follows the browser's Accept-Language. */
export function LanguageSelect({ setting }: { setting: Locale | null }) {
  const t = useTranslations("language");
  const router = useRouter();
  const [value, setValue] = useState<string>(setting ?? "");
  const save = useMutation({
    mutationFn: (locale: Locale | null) =>
      apiFetch<LocaleSetResponse>("/api/account/locale", { method: "PUT", body: { locale } }),
    onSuccess: () => router.refresh(),
  });
  return (
    <div>
      <label className="flex items-center gap-2 text-sm">
        <span className="font-medium text-slate-800">{t("label")}</span>
        <select
          data-testid="language-select"
          value={value}
          disabled={save.isPending}
          onChange={(e) => {
            setValue(e.target.value);
            save.mutate((e.target.value || null) as Locale | null);
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
      {save.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          {save.error.message}
        </p>
      ) : null}
    </div>
  );
}
