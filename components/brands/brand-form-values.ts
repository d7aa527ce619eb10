import type { BrandDto } from "@/lib/brands/brand-dto";
import { DEFAULT_POSTING_HOURS } from "@/lib/strategy/posting-hours";

/** The form edits lists as one item per line; the API takes arrays. */
export interface BrandFormValues {
  name: string;
  positioning: string;
  target_audience: string;
  audience_name: string;
  value_props: string;
  tone: string;
  language: string;
  timezone: string;
  cta_targets: string;
  website: string;
  feed_urls: string;
  keywords: string;
  hashtags_always: string;
  hashtags_never: string;
  linkedin: string;
  facebook: string;
  x: string;
  posting_start: string;
  posting_end: string;
  signal_mode: string;
  ab_tests: string;
  primary_color: string;
  accent_color: string;
  logo_media_id: string;
}

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
const words = (s: string) =>
  s
    .split(/[,\s]+/)
    .map((l) => l.trim())
    .filter(Boolean);

export function toPayload(v: BrandFormValues) {
  return {
    name: v.name,
    positioning: v.positioning,
    target_audience: v.target_audience,
    audience_name: v.audience_name.trim() || null,
    value_props: lines(v.value_props),
    tone: v.tone,
    language: v.language,
    timezone: v.timezone,
    cta_targets: lines(v.cta_targets).map(ctaTarget),
    website: v.website.trim() || null,
    feed_urls: lines(v.feed_urls),
    keywords: lines(v.keywords.replace(/,/g, "\n")),
    hashtags_always: words(v.hashtags_always),
    hashtags_never: words(v.hashtags_never),
    publish_times: Object.fromEntries(
      (["linkedin", "facebook", "x"] as const).filter((n) => v[n]).map((n) => [n, v[n]]),
    ),
    posting_hours: { start: Number(v.posting_start), end: Number(v.posting_end) },
    signal_mode: v.signal_mode as "suggest" | "adapt",
    ab_tests: abTests(v.ab_tests),
    primary_color: v.primary_color.trim() || null,
    accent_color: v.accent_color.trim() || null,
    logo_media_id: v.logo_media_id || null,
  };
}

/** One test per line: `pillar | hook A | hook B`. */
function abTests(text: string): Record<string, [string, string]> | null {
  const entries = lines(text).map((l) => l.split("|").map((x) => x.trim()));
  return entries.length
    ? Object.fromEntries(entries.map(([pillar, a, b]) => [pillar, [a ?? "", b ?? ""] as [string, string]]))
    : null;
}

export function fromBrand(b: BrandDto | null, defaultTimezone: string): BrandFormValues {
  return {
    name: b?.name ?? "",
    positioning: b?.positioning ?? "",
    target_audience: b?.target_audience ?? "",
    audience_name: b?.audience_name ?? "",
    value_props: b?.value_props.join("\n") ?? "",
    tone: b?.tone ?? "professional",
    language: b?.language ?? "en-US",
    timezone: b?.timezone ?? defaultTimezone,
    // No example address: whatever stands here is published on every post that carries the CTA.
    cta_targets: b?.cta_targets.map((c) => `${c.key} ${c.url}`).join("\n") ?? "",
    website: b?.website ?? "",
    feed_urls: b?.feed_urls.join("\n") ?? "",
    keywords: b?.keywords.join(", ") ?? "",
    hashtags_always: b?.hashtags_always.join(" ") ?? "",
    hashtags_never: b?.hashtags_never.join(" ") ?? "",
    linkedin: b?.publish_times.linkedin ?? "",
    facebook: b?.publish_times.facebook ?? "",
    x: b?.publish_times.x ?? "",
    posting_start: String(b?.posting_hours.start ?? DEFAULT_POSTING_HOURS.start),
    posting_end: String(b?.posting_hours.end ?? DEFAULT_POSTING_HOURS.end),
    signal_mode: b?.signal_mode ?? "suggest",
    ab_tests: Object.entries(b?.ab_tests ?? {})
      .map(([k, [a, c]]) => `${k} | ${a} | ${c}`)
      .join("\n"),
    primary_color: b?.primary_color ?? "",
    accent_color: b?.accent_color ?? "",
    logo_media_id: b?.logo_media_id ?? "",
  };
}

/**
 * A line of the CTA box: "key https://…", or the address alone, which people type as often, named after
 * the last part of its path ("https://acme.test/test-ride" is "test-ride") or its host.
 */
export function ctaTarget(line: string): { key: string; url: string } {
  const [first, ...rest] = line.split(/\s+/);
  if (rest.length || !/^https?:\/\//i.test(first)) return { key: first, url: rest.join(" ") };
  let key = "link";
  try {
    const url = new URL(first);
    const last = url.pathname.split("/").filter(Boolean).pop() ?? url.hostname.replace(/^www\./, "");
    key =
      decodeURIComponent(last)
        .replace(/\.[a-z0-9]+$/i, "")
        .replace(/[^A-Za-z0-9_-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 40) || key;
  } catch {
    // not an address after all: the schema says why
  }
  return { key, url: first };
}
