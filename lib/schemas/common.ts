import { z } from "zod";
import { isIsoDate } from "@/lib/dates/days";
import { briefFields } from "@/lib/strategy/brief";
import type { CsvDelimiter } from "@/lib/csv";

// Each check aborts, so an object's own refinements (range lengths) only ever see real dates.
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "errors.v.dateFormat", abort: true })
  .refine(isIsoDate, { message: "errors.v.realDate", abort: true })
  // Year 0000 does not exist in PostgreSQL and 9999 overflows once days are added; no plan lives out there.
  .refine((s) => s >= "1970-01-01" && s <= "2199-12-31", { message: "errors.v.dateRange", abort: true });

export const NETWORK_VALUES = ["linkedin", "facebook", "x"] as const;
type NetworkValue = (typeof NETWORK_VALUES)[number];

/** The original service's platform names (LinkedIn, Facebook, Twitter or X, any case) map to our network keys. */
export const platformName = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(["linkedin", "facebook", "twitter", "x"], { message: "errors.v.platformName" }))
  .transform((s): NetworkValue => (s === "twitter" ? "x" : s));

export const platformList = z
  .array(platformName)
  .min(1, "errors.v.onePlatform")
  .transform((list) => [...new Set(list)]);

export const timezone = briefFields.timezone;

export const hhmm = briefFields.hhmm;

/** A color as the web writes it, #rgb or #rrggbb, stored as lowercase #rrggbb. */
export const hexColor = z
  .string()
  .trim()
  .regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, "errors.v.hexColor")
  .transform((c) => (c.length === 4 ? `#${[...c.slice(1)].map((d) => d + d).join("")}` : c).toLowerCase());

/** A URL the server may fetch or link to: http or https only (the outbound guard checks the address itself). */
export const webUrl = briefFields.url;

/** `?delimiter=semicolon` on a CSV download, for Excel set to French (see lib/csv.ts); comma by default. */
export const csvDelimiter = z
  .enum(["comma", "semicolon"], { message: "errors.v.delimiter" })
  .default("comma")
  .transform((d): CsvDelimiter => (d === "semicolon" ? ";" : ","));
