"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

const ITEMS = [
  { href: "/calendar", key: "calendar" },
  { href: "/runs", key: "runs" },
  { href: "/analytics", key: "analytics" },
  { href: "/conversations", key: "conversations" },
  { href: "/settings", key: "settings" },
] as const;

export function AppNav() {
  const path = usePathname();
  const params = useSearchParams();
  const brand = params.get("brand");
  const t = useTranslations("nav");
  return (
    // On a phone the links wrap: every one stays in sight, whatever the language's word lengths.
    <nav aria-label={t("main")} className="flex gap-1 max-sm:max-w-full max-sm:flex-wrap max-sm:gap-0">
      {ITEMS.map((item) => {
        const active = path.startsWith(item.href);
        return (
          <IntentLink
            key={item.href}
            href={brand ? `${item.href}?brand=${encodeURIComponent(brand)}` : item.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap max-sm:px-1 ${active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {t(item.key)}
          </IntentLink>
        );
      })}
    </nav>
  );
}
