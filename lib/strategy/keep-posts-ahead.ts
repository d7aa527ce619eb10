import { brandToday, localTime, zonedInstant } from "@/lib/dates/zoned";
import { isWithinPostingHours, type PostingHours } from "./posting-hours";
import type { PlannedPost } from "./types";

/**
 * A plan made during the day it starts on: a post planned for today at an hour already gone would go out
 * late at the next run. It moves to the first later hour of today (same minutes) that is still ahead and
 * inside the posting hours; with none left, that network skips today. Other days are left as planned.
 */
export function keepPostsAhead<P extends PlannedPost>(
  posts: P[],
  { now, timeZone, postingHours }: { now: Date; timeZone: string; postingHours: PostingHours },
): P[] {
  const today = brandToday(now, timeZone);
  return posts.flatMap((post) => {
    if (post.date !== today || new Date(post.scheduledAt) > now) return [post];
    const time = laterTimeToday(today, post.time.slice(3, 5), { now, timeZone, postingHours });
    return time ? [{ ...post, time, scheduledAt: zonedInstant(today, time, timeZone).toISOString() }] : [];
  });
}

function laterTimeToday(
  today: string,
  minutes: string,
  { now, timeZone, postingHours }: { now: Date; timeZone: string; postingHours: PostingHours },
): string | null {
  for (let hour = 0; hour < 24; hour++) {
    const time = `${String(hour).padStart(2, "0")}:${minutes}`;
    if (!isWithinPostingHours(time, postingHours)) continue;
    const at = zonedInstant(today, time, timeZone);
    // a time the clocks skip would be shown an hour later than chosen
    if (at > now && localTime(at, timeZone) === time) return time;
  }
  return null;
}
