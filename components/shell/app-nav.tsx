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
    <nav aria-label={t("main")} className="flex gap-1 max-sm:max-w-full max-sm:gap-0 max-sm:overflow-x-auto">
      {ITEMS.map((item) => {
        const active = path.startsWith(item.href);
        return (
          <IntentLink
            key={item.href}
            href={brand ? `${item.href}?brand=${encodeURIComponent(brand)}` : item.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium max-sm:px-2 ${active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {t(item.key)}
          </IntentLink>
        );
      })}
    </nav>
  );
}
