"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { PostDto } from "@/lib/plans/post-dto";

/** The keyboard's (and a phone's) way to move a post: a date and a time, brand-local. */
export function RescheduleForm({
  post,
  timeZone,
  today,
  busy,
  onMove,
  extra,
}: {
  post: PostDto;
  timeZone: string;
  today: string;
  busy: boolean;
  onMove: (date: string, time: string) => void;
  /** more ways to pick the time (the best slots) */
  extra?: React.ReactNode;
}) {
  const t = useTranslations("reschedule");
  const [date, setDate] = useState(post.date);
  const [time, setTime] = useState(post.time);
  useEffect(() => {
    setDate(post.date);
    setTime(post.time);
  }, [post.date, post.time]);
  const unchanged = date === post.date && time === post.time;
  return (
    <form
      method="post"
      data-testid="reschedule-form"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!unchanged && date && time) onMove(date, time);
      }}
    >
      <label className="text-sm">
        <span className="block text-slate-700">{t("date")}</span>
        <input
          type="date"
          data-testid="reschedule-date"
          min={today}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">{t("time", { zone: timeZone })}</span>
        <input
          type="time"
          data-testid="reschedule-time"
          value={time}
          onChange={(e) => setTime(e.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <Button type="submit" variant="secondary" data-testid="reschedule-submit" disabled={busy || unchanged}>
        {t("move")}
      </Button>
      {extra}
    </form>
  );
}
