"use client";

import { useLocale, useTranslations } from "next-intl";
import { z, type ZodError } from "zod";
import { issueValues } from "@/lib/i18n/issue-values";

type ZodIssue = ZodError["issues"][number];

/**
 * A form's own check, in the interface language: the shared schemas write their messages as catalogue
 * keys (the server renders the same keys), and zod's built-in messages come from zod's French locale.
 */
export function useIssueText() {
  const t = useTranslations("errors");
  const locale = useLocale();
  return (issue: ZodIssue): string => {
    const key = issue.message.replace(/^errors\./, "");
    if (key !== issue.message && t.has(key)) return t(key, issueValues(issue));
    if (locale === "fr")
      return (z.locales.fr().localeError as (i: ZodIssue) => string | undefined)(issue) ?? issue.message;
    return issue.message;
  };
}
