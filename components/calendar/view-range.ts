import type { PostDto } from "@/lib/plans/post-dto";
import { addDays } from "@/lib/dates/days";
import { firstWeekday, monthRange } from "./month";

export const VIEWS = ["month", "week", "list"] as const;
export type CalendarViewName = (typeof VIEWS)[number];

export const readView = (v: string | null | undefined): CalendarViewName =>
  VIEWS.includes(v as CalendarViewName) ? (v as CalendarViewName) : "month";

/** The first day of the week holding `date`, with the reader's first weekday. */
export function weekStartOf(date: string, language: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((dow - firstWeekday(language) + 7) % 7));
}

/** The days a view shows: the month for month and list, the week holding `date` for week. */
export function viewRange(view: CalendarViewName, month: string, date: string, language: string) {
  if (view === "week") {
    const from = weekStartOf(date, language);
    return { from, to: addDays(from, 6) };
  }
  const { from, to } = monthRange(month);
  return { from, to };
}

const ORDER: Record<string, number> = { linkedin: 0, facebook: 1, x: 2 };

/** Posts by day, each day in time order (then LinkedIn, Facebook, X). */
export function byDay(posts: PostDto[]): Map<string, PostDto[]> {
  const days = new Map<string, PostDto[]>();
  for (const p of posts) days.set(p.date, [...(days.get(p.date) ?? []), p]);
  for (const list of days.values()) {
    list.sort((a, b) => a.time.localeCompare(b.time) || ORDER[a.platform] - ORDER[b.platform]);
  }
  return days;
}

/** The week the week view opens on: today's when it is in the month shown, else the month's first. */
export function weekAnchor(month: string, today: string) {
  return today.slice(0, 7) === month ? today : `${month}-01`;
}
