"use client";

import type { ReactNode } from "react";
import { useDialog } from "./use-dialog";

/**
 * A centered modal on a dimmed page, with the keyboard contract of useDialog (focus inside, Tab cycles, Esc
 * closes, focus returns). `onClose` is not called while `busy`: a dialog that is saving stays open.
 */
export function ModalDialog({
  title,
  titleId,
  testId,
  onClose,
  busy = false,
  width = "max-w-lg",
  children,
}: {
  title: ReactNode;
  titleId: string;
  testId: string;
  onClose: () => void;
  busy?: boolean;
  /** a Tailwind max-width class */
  width?: string;
  children: ReactNode;
}) {
  const ref = useDialog<HTMLDivElement>(() => !busy && onClose());
  return (
    <div
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid={testId}
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
    >
      <div className={`max-h-full w-full ${width} overflow-y-auto rounded-2xl bg-white p-6 shadow-xl`}>
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
