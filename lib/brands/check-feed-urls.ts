import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { refusedOutboundUrl } from "@/lib/net/outbound-fetch";

/**
 * Feeds are fetched by the server, so an address it would refuse to fetch (a private network, localhost)
 * is refused when saved, as a webhook's is, rather than saved and failing unseen every day.
 */
export function assertFetchableFeeds(urls: string[] | undefined, saved: string[] = []) {
  const details = (urls ?? []).flatMap((url, i) => {
    // one saved before this rule stays savable with the rest of the brief; fetching it is still refused
    const refused = saved.includes(url) ? null : refusedOutboundUrl(url);
    return refused ? [{ path: `feed_urls.${i}`, message: refused }] : [];
  });
  if (details.length) throw new AppError("validation_error", msg("errors.brands.privateFeed"), details);
}
