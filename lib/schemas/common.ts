import { z } from "zod";
import { isIsoDate } from "@/lib/dates/days";

// Each check aborts, so an object's own refinements (range lengths) only ever see real dates.
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use the YYYY-MM-DD format", abort: true })
  .refine(isIsoDate, { message: "Not a real calendar date", abort: true })
  // Year 0000 does not exist in PostgreSQL and 9999 overflows once days are added; no plan lives out there.
  .refine((s) => s >= "1970-01-01" && s <= "2199-12-31", { message: "Use a date between 1970 and 2199", abort: true });

export const NETWORK_VALUES = ["linkedin", "facebook", "x"] as const;
type NetworkValue = (typeof NETWORK_VALUES)[number];

/** The original service's platform names (LinkedIn, Facebook, Twitter or X, any case) map to our network keys. */
export const platformName = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(["linkedin", "facebook", "twitter", "x"], { message: "Use LinkedIn, Facebook, Twitter or X" }))
  .transform((s): NetworkValue => (s === "twitter" ? "x" : s));

export const platformList = z
  .array(platformName)
  .min(1, "Name at least one platform")
  .transform((list) => [...new Set(list)]);

export const timezone = z
  .string()
  .max(64)
  .refine((tz) => {
    if (!/^[A-Za-z0-9_+\-/]+$/.test(tz)) return false;
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Not a known IANA timezone (for example Europe/Paris)");

export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM (24-hour)");

/** A URL the server may fetch or link to: http or https only (the outbound guard checks the address itself). */
export const webUrl = z
  .string()
  .trim()
  .max(2000)
  .url("Enter a full URL, for example https://example.com/feed")
  .refine((u) => /^https?:\/\//i.test(u), "Only http and https URLs are allowed");
