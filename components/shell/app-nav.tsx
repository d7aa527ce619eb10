"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

const ITEMS = [
  { href: "/calendar", label: "Calendar" },
  { href: "/runs", label: "Runs" },
  { href: "/analytics", label: "Analytics" },
  { href: "/conversations", label: "Conversations" },
  { href: "/settings", label: "Settings" },
];

export function AppNav() {
  const path = usePathname();
  const params = useSearchParams();
  const brand = params.get("brand");
  return (
    <nav aria-label="Main" className="flex gap-1 max-sm:gap-0">
      {ITEMS.map((item) => {
        const active = path.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={brand ? `${item.href}?brand=${encodeURIComponent(brand)}` : item.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium max-sm:px-2 ${active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
