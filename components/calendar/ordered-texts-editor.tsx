"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useFormats } from "@/components/i18n/formats";

/**
 * A list of texts edited one by one: a thread's parts, a carousel's slides. Each has its counter against
 * the limit, buttons to move it up or down and to remove it, and its own preview under it.
 */
export function OrderedTextsEditor({
  noun,
  items,
  onChange,
  firstNumber = 1,
  limit,
  measure,
  disabled,
  testId,
  previewTestId,
  preview,
}: {
  /** names the buttons ("Move slide 2 up") */
  noun: "part" | "slide";
  items: string[];
  onChange: (items: string[]) => void;
  /** the number shown for items[0] (a thread's replies start at part 2) */
  firstNumber?: number;
  limit: number;
  measure: (text: string) => number;
  disabled: boolean;
  testId: string;
  previewTestId: string;
  preview: (text: string, index: number) => ReactNode;
}) {
  const move = (i: number, by: number) => {
    const next = [...items];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  const t = useTranslations("extras.ordered");
  const f = useFormats();
  return (
    <ol className="space-y-3">
      {items.map((text, i) => {
        const n = i + firstNumber;
        const length = measure(text);
        return (
          <li key={i} className="space-y-1 rounded-md border border-slate-200 p-2" data-testid={`${testId}-item-${n}`}>
            <label className="block">
              <span className="flex items-center justify-between text-sm text-slate-700">
                {t("item", { noun, n })}
                <span
                  data-testid={`${testId}-count-${n}`}
                  className={length > limit ? "font-semibold text-rose-700" : "text-xs text-slate-600"}
                >
                  {f.number(length)} / {f.number(limit)}
                </span>
              </span>
              <textarea
                data-testid={`${testId}-${n}`}
                value={text}
                disabled={disabled}
                onChange={(e) => onChange(items.map((t, j) => (j === i ? e.target.value : t)))}
                rows={3}
                className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
            </label>
            {!disabled ? (
              <div className="flex flex-wrap gap-1">
                <Button variant="ghost" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t("moveUp", { noun, n })}
                </Button>
                <Button variant="ghost" disabled={i === items.length - 1} onClick={() => move(i, 1)}>
                  {t("moveDown", { noun, n })}
                </Button>
                <Button variant="ghost" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                  {t("remove", { noun, n })}
                </Button>
              </div>
            ) : null}
            {text.trim() ? <div data-testid={`${previewTestId}-${n}`}>{preview(text, i)}</div> : null}
          </li>
        );
      })}
    </ol>
  );
}
