"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/api-client";
import type { RestoredBrandResponse } from "@/app/api/brands/[brand]/restore/route";
import type { ArchivedBrandDto } from "@/lib/brands/list-archived-brands";

/** Archived brands stay restorable for 30 days; after that the retention cleanup removes them. */
export function ArchivedBrands({ brands }: { brands: ArchivedBrandDto[] }) {
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
      <h2 className="text-lg font-semibold">Archived</h2>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {brands.map((b) => (
          <li key={b.slug} className="flex items-center justify-between px-4 py-3">
            <div>
              <p className="font-medium">{b.name}</p>
              <p className="text-xs text-slate-500">
                Archived {new Date(b.archived_at).toLocaleDateString()} · restorable until{" "}
                {new Date(b.restorable_until).toLocaleDateString()}; it publishes nothing meanwhile.
              </p>
            </div>
            <Button variant="secondary" disabled={busy !== null} onClick={() => restore(b.slug)}>
              {busy === b.slug ? "Restoring…" : "Restore"}
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
