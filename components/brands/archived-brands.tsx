"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/api-client";
import { useFormats } from "@/components/i18n/formats";
import type { RestoredBrandResponse } from "@/app/api/brands/[brand]/restore/route";
import type { ArchivedBrandDto } from "@/lib/brands/list-archived-brands";

/** Archived brands stay restorable for 30 days; after that the retention cleanup removes them. */
export function ArchivedBrands({ brands }: { brands: ArchivedBrandDto[] }) {
  const t = useTranslations("brands.archived");
  const f = useFormats();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (brands.length === 0) return null;
  async function restore(slug: string) {
    setBusy(slug);
    setError(null);
    try {
      await apiFetch<RestoredBrandResponse>(`/api/brands/${encodeURIComponent(slug)}/restore`, { method: "POST" });
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }
  return (
    <section data-testid="archived-brands" className="space-y-2">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {brands.map((b) => (
          <li key={b.slug} className="flex items-center justify-between px-4 py-3">
            <div>
              <p className="font-medium">{b.name}</p>
              <p className="text-xs text-slate-500">
                {t("line", { archived: f.date(b.archived_at), until: f.date(b.restorable_until) })}
              </p>
            </div>
            <Button variant="secondary" disabled={busy !== null} onClick={() => restore(b.slug)}>
              {busy === b.slug ? t("restoring") : t("restore")}
            </Button>
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
