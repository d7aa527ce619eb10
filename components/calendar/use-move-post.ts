"use client";

import { useTranslations } from "next-intl";
import type { PostDto } from "@/lib/plans/post-dto";
import { addDays } from "@/lib/dates/days";
import { NETWORK_NAME } from "./network-meta";
import { keepFocusOn, type Nudge } from "./post-chip";
import { useFormats } from "@/components/i18n/formats";

type Change = (
  body: { id: string; date?: string; time?: string; version: number },
  label: string,
  done?: string,
) => void;

/**
 * Moving a post, by drag (a day in the month, a day and hour in the week) or from the keyboard. Refusals the
 * client can see coming are explained at once; the server checks the same rules again.
 */
export function useMovePost({
  all,
  today,
  canEdit,
  change,
  refuse,
}: {
  all: PostDto[];
  today: string;
  canEdit: boolean;
  change: Change;
  /** a move that cannot be made, shown as a refusal */
  refuse: (message: string) => void;
}) {
  const t = useTranslations("calendar.move");
  const f = useFormats();
  function move(post: PostDto, date: string, time: string, refocus = false) {
    if (!canEdit || (date === post.date && time === post.time)) return;
    if (post.status === "published") return refuse(t("published"));
    if (date < today) return refuse(t("past", { today: f.day(today, true) }));
    if (all.some((p) => p.date === date && p.platform === post.platform && p.status === "published")) {
      return refuse(t("slotPublished", { network: NETWORK_NAME[post.platform], date: f.day(date, true) }));
    }
    // The chip re-renders in its new day or hour: keep the keyboard on it.
    if (refocus) keepFocusOn(post.id);
    change(
      {
        id: post.id,
        version: post.version,
        ...(date !== post.date ? { date } : {}),
        ...(time !== post.time ? { time } : {}),
      },
      "move",
      t("moved", { network: NETWORK_NAME[post.platform], date: f.day(date, true), time }),
    );
  }

  function onDrop(post: PostDto, target: string) {
    // A week slot is "YYYY-MM-DDTHH": the post keeps its minutes; a month day keeps its whole time.
    const [date, hour] = target.split("T");
    move(post, date, hour ? `${hour}:${post.time.slice(3)}` : post.time);
  }

  function nudge(post: PostDto, { days, hours }: Nudge) {
    const hour = Number(post.time.slice(0, 2)) + hours;
    if (hour < 0 || hour > 23) return refuse(t("otherDay"));
    move(post, addDays(post.date, days), `${String(hour).padStart(2, "0")}:${post.time.slice(3)}`, true);
  }

  return { move, onDrop, nudge };
}
