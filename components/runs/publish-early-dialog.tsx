"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { NETWORK_LABEL } from "./state-badge";
import type { NotDuePost } from "./use-runs";
import { localTime } from "@/lib/dates/zoned";

/** Sending before the scheduled time is a person's explicit choice, and they see exactly which posts go. */
export function PublishEarlyDialog({
  posts,
  timeZone,
  pending,
  onConfirm,
  onCancel,
}: {
  posts: NotDuePost[];
  timeZone: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("runs.early");
  const time = (iso: string) => localTime(new Date(iso), timeZone);
  return (
    <ModalDialog
      title={t("title", { count: posts.length })}
      titleId="early-h"
      testId="publish-early-dialog"
      busy={pending}
      onClose={onCancel}
      width="max-w-md"
    >
      <ul className="mt-3 space-y-1 text-sm">
        {posts.map((p) => (
          <li key={p.post_id} data-testid="publish-early-item">
            {t("item", {
              brand: p.brand_name,
              network: NETWORK_LABEL[p.platform as keyof typeof NETWORK_LABEL] ?? p.platform,
              time: time(p.scheduled_at),
              zone: timeZone,
            })}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-600">{t("body")}</p>
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending} autoFocus>
          {t("cancel")}
        </Button>
        <Button data-testid="publish-early-confirm" variant="danger" onClick={onConfirm} disabled={pending}>
          {pending ? t("publishing") : t("confirm", { count: posts.length })}
        </Button>
      </div>
    </ModalDialog>
  );
}
