"use client";

import { useTranslations } from "next-intl";

import { useEffect } from "react";
import { Button } from "./button";

const UNDO_MS = 10_000;

/** A change's confirmation with an Undo button that stays for ten seconds. */
export function UndoToast({
  message,
  onUndo,
  onDone,
  pending,
}: {
  message: string;
  onUndo: () => void;
  onDone: () => void;
  pending: boolean;
}) {
  const t = useTranslations("undo");
  useEffect(() => {
    const timer = setTimeout(onDone, UNDO_MS);
    return () => clearTimeout(timer);
  }, [message, onDone]);
  return (
    <div
      role="status"
      data-testid="undo-toast"
      className="fixed bottom-4 left-1/2 z-50 flex -translate-x-1/2 items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-xl"
    >
      <span>{message}</span>
      <Button
        data-testid="undo-button"
        variant="secondary"
        className="!bg-transparent !text-white hover:!bg-white/10"
        disabled={pending}
        onClick={onUndo}
      >
        {pending ? t("undoing") : t("undo")}
      </Button>
    </div>
  );
}
