"use client";

import { useEffect, useRef, useState } from "react";

const SETTLE_MS = 700;

/**
 * A date input that navigates once the person has settled on a day: on Enter, on leaving the field, or
 * a moment after the last change (a day picked in the browser's picker). Typed digit by digit, a date
 * passes through other valid days ("1", "11", "112…"), and each must not become a page of its own.
 */
export function DayField({
  value,
  onCommit,
  className,
  label,
}: {
  value: string;
  onCommit: (day: string) => void;
  className?: string;
  label: string;
}) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const commit = (day: string) => {
    clearTimeout(timer.current);
    if (day && day !== value) onCommit(day);
  };
  return (
    <input
      type="date"
      aria-label={label}
      value={text}
      className={className}
      onChange={(e) => {
        const day = e.target.value;
        setText(day);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(day), SETTLE_MS);
      }}
      onBlur={() => commit(text)}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit(text);
      }}
    />
  );
}
