import twitterText from "twitter-text";

export const NETWORKS = ["linkedin", "facebook", "x"] as const;
export type Network = (typeof NETWORKS)[number];

export { NETWORK_NAMES } from "./network-names";

/** Per-network body limits; X counts weighted characters, the others UTF-16 units. */
export const NETWORK_LIMITS: Record<Network, number> = {
  linkedin: 3000,
  facebook: 63206,
  x: 280,
};

/** Brand-local publish times used when the brief sets none. */
export const DEFAULT_PUBLISH_TIMES: Record<Network, string> = {
  linkedin: "09:00",
  facebook: "12:30",
  x: "17:00",
};

export const NETWORK_FORMATS = {
  linkedin: ["text", "carousel_outline", "poll"],
  // No generated Facebook carousel: there a carousel is a multi-photo post, which wants the brand's own
  // pictures; a month generated without them keeps text posts, where the CTA link shows its preview card.
  facebook: ["link_post", "question"],
  x: ["single", "thread"],
} as const satisfies Record<Network, readonly string[]>;

export type PostFormat = (typeof NETWORK_FORMATS)[Network][number];

/**
 * X is measured exactly as X does (URLs count 23, CJK/emoji count 2, NFC first).
 * LinkedIn and Facebook are measured in UTF-16 code units: that over-counts astral
 * characters, which errs on the side of never being rejected.
 */
export function measureLength(network: Network, text: string): number {
  if (network !== "x") return text.length;
  // parseTweet costs tens of microseconds, and the same texts are measured on every calendar load.
  let length = weighted.get(text);
  if (length === undefined) {
    length = twitterText.parseTweet(text).weightedLength;
    if (weighted.size >= WEIGHTED_CACHE_SIZE) weighted.delete(weighted.keys().next().value!);
    weighted.set(text, length);
  }
  return length;
}

const WEIGHTED_CACHE_SIZE = 5_000;
const weighted = new Map<string, number>();
