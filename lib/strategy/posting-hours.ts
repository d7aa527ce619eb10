// No zod here: the calendar's conflict flags and week view load this in the browser (the schema is in brief.ts).
/** A brand's posting hours, brand-local whole hours: a post from `start`:00 to `end`:00 (included) is inside. */
export interface PostingHours {
  start: number;
  end: number;
}

/** What every brand had before the hours became a setting, and still the default. */
export const DEFAULT_POSTING_HOURS: PostingHours = { start: 7, end: 21 };

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** "07:00" for 7; 24 reads "24:00", the end of the day. */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

export function isWithinPostingHours(time: string, hours: PostingHours): boolean {
  const m = minutesOf(time);
  return m >= hours.start * 60 && m <= hours.end * 60;
}

/** Whether the whole hour `hour`:00–`hour`:59 is outside the posting hours (a week view shades it). */
export function isHourOutside(hour: number, hours: PostingHours): boolean {
  return hour < hours.start || hour >= hours.end;
}

/** The time itself when inside, else the nearest edge of the posting hours. */
export function clampToPostingHours(time: string, hours: PostingHours): string {
  const m = minutesOf(time);
  if (m < hours.start * 60) return hhmm(hours.start * 60);
  if (m > hours.end * 60) return hhmm(Math.min(hours.end * 60, 23 * 60 + 59));
  return time;
}
