"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useDialog } from "@/components/ui/use-dialog";
import type { PostDto } from "@/lib/plans/post-dto";
import { NetworkPreview, type PreviewAccount } from "./network-preview";

const ORDER: Record<string, number> = { linkedin: 0, facebook: 1, x: 2 };

/** A day's posts as each network will show them, side by side. */
export function DayPreview({
  label,
  posts,
  brandName,
  brandColors,
  accountFor,
  onClose,
}: {
  label: string;
  posts: PostDto[];
  brandName: string;
  /** the brand's card colors, for the slide previews; without them the default colors */
  brandColors?: { primary_color: string | null; accent_color: string | null };
  accountFor: (network: string) => PreviewAccount | null;
  onClose: () => void;
}) {
  const t = useTranslations("dayPreview");
  const ref = useDialog<HTMLDivElement>(onClose);
  const sorted = [...posts].sort((a, b) => ORDER[a.platform] - ORDER[b.platform] || a.time.localeCompare(b.time));
  return (
    <div
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby="day-preview-h"
      data-testid="day-preview"
      className="fixed inset-0 z-50 overflow-y-auto bg-slate-900/40 p-4"
    >
      <div className="mx-auto max-w-6xl rounded-2xl bg-slate-100 p-4 shadow-xl">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="day-preview-h" className="text-lg font-semibold">
            {t("title", { label })}
          </h2>
          <Button variant="secondary" onClick={onClose} autoFocus>
            {t("close")}
          </Button>
        </div>
        {sorted.length === 0 ? <p className="text-sm text-slate-700">{t("empty")}</p> : null}
        <div className="grid gap-3 md:grid-cols-3">
          {sorted.map((p) => (
            <div key={p.id}>
              <p className="mb-1 text-xs font-medium text-slate-700">{p.time}</p>
              <NetworkPreview
                network={p.platform}
                body={p.body}
                brandName={brandName}
                account={accountFor(p.platform)}
                link={p.link}
                mediaIds={p.media_ids}
                slides={p.slides}
                brandColors={brandColors}
              />
              {p.platform === "x" && p.parts.length > 1 ? (
                <ol aria-label={t("nextParts")} className="mt-1 space-y-1 border-l-2 border-slate-300 pl-3">
                  {p.parts.slice(1).map((part, i) => (
                    <li key={i} data-testid={`day-thread-part-${i + 2}`}>
                      <NetworkPreview
                        network="x"
                        body={part}
                        brandName={brandName}
                        account={accountFor("x")}
                        link={null}
                      />
                    </li>
                  ))}
                </ol>
              ) : null}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
