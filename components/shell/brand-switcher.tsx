"use client";

import { useTranslations } from "next-intl";

import { usePathname, useRouter, useSearchParams } from "next/navigation";

export function BrandSwitcher({ brands }: { brands: { slug: string; name: string }[] }) {
  const t = useTranslations("shell");
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  if (brands.length === 0) return null;
  const current = params.get("brand") ?? brands[0].slug;
  return (
    <label className="flex items-center gap-1 text-xs text-slate-500">
      <span className="sr-only md:not-sr-only">{t("brand")}</span>
      <select
        aria-label={t("brand")}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 max-sm:max-w-[8rem] max-sm:px-1"
        value={current}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          next.set("brand", e.target.value);
          router.push(`${path}?${next.toString()}`);
        }}
      >
        {brands.map((b) => (
          <option key={b.slug} value={b.slug}>
            {b.name}
          </option>
        ))}
      </select>
    </label>
  );
}
