"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useMarkHandled, type HeardComment } from "./use-listening";
import { SendError } from "./send-error";

/** A comment that needs no reply leaves the "unanswered" list; an editor may open it again. */
export function MarkHandled({ commentId }: { commentId: string }) {
  const t = useTranslations("listening.replies");
  const mark = useMarkHandled(commentId);
  return (
    <>
      <Button
        variant="ghost"
        className="!px-2 !py-1 text-xs"
        data-action="mark-handled"
        disabled={mark.isPending}
        onClick={(e) => {
          const row = e.currentTarget.closest('[data-testid="comment"]');
          mark.mutate(true, { onSuccess: () => focusNextRow(row) });
        }}
      >
        {t("markHandled")}
      </Button>
      <SendError error={mark.error} />
    </>
  );
}

/**
 * Working down the list from the keyboard: the next comment (or the one before, at the end) takes the
 * focus, since this one's button goes away (and with "Unanswered only", the whole row).
 */
function focusNextRow(row: Element | null) {
  const next = row?.nextElementSibling ?? row?.previousElementSibling;
  const target = next?.querySelector<HTMLElement>('[data-action="mark-handled"]') ?? next?.querySelector("button");
  target?.focus();
}

export function Handled({ c, canReply }: { c: HeardComment; canReply: boolean }) {
  const t = useTranslations("listening.replies");
  const mark = useMarkHandled(c.id);
  return (
    <div data-testid="handled" className="flex items-center gap-2 text-xs text-slate-600">
      {t("handledBy", { by: c.handled_by ?? "" })}
      {canReply ? (
        <Button
          variant="ghost"
          className="!px-2 !py-1 text-xs"
          disabled={mark.isPending}
          onClick={() => mark.mutate(false)}
        >
          {t("reopen")}
        </Button>
      ) : null}
      <SendError error={mark.error} />
    </div>
  );
}
