import type { PostNetwork } from "./types";

export interface RemotePost {
  /** the id the network's API knows the post by, when the link carries it (metrics need it) */
  remoteId: string | null;
  remoteUrl: string;
}

const HOSTS: Record<PostNetwork, RegExp> = {
  linkedin: /(^|\.)linkedin\.com$/,
  facebook: /(^|\.)facebook\.com$/,
  x: /^(www\.|mobile\.)?(x|twitter)\.com$/,
};

function linkedIn(url: URL): string | null {
  const m = /^\/feed\/update\/(urn(?::|%3A)li(?::|%3A)(?:share|ugcPost|activity)(?::|%3A)\d+)\/?$/i.exec(url.pathname);
  return m ? m[1]!.replace(/%3A/gi, ":") : null;
}

/** Graph ids are "{page id}_{post id}"; the link may name the Page by id or not at all (a "pfbid" link). */
function facebook(url: URL, pageId: string | null): string | null {
  const whole = /^\/(\d+_\d+)\/?$/.exec(url.pathname);
  if (whole) return whole[1]!;
  if (url.pathname === "/permalink.php") {
    const story = url.searchParams.get("story_fbid");
    const page = url.searchParams.get("id");
    return story && page && /^\d+$/.test(story) && /^\d+$/.test(page) ? `${page}_${story}` : null;
  }
  const posts = /^\/([^/]+)\/posts\/(\d+)\/?$/.exec(url.pathname);
  if (!posts) return null;
  const page = /^\d+$/.test(posts[1]!) ? posts[1]! : pageId;
  return page ? `${page}_${posts[2]}` : null;
}

function x(url: URL): string | null {
  const m = /^\/(?:[A-Za-z0-9_]{1,15}|i\/web|i)\/status\/(\d{1,20})\/?$/.exec(url.pathname);
  return m ? m[1]! : null;
}

/**
 * What a person pasted as the link of a post the network has but whose id the app never got: the post's
 * id when the link carries it, or null when it is not a link to a post on that network at all.
 * `pageId`: the Facebook Page the brand publishes to, for links that name the Page by its name.
 */
export function remoteFromUrl(network: PostNetwork, href: string, pageId: string | null = null): RemotePost | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || !HOSTS[network].test(url.hostname.toLowerCase())) return null;
  const remoteId = network === "linkedin" ? linkedIn(url) : network === "x" ? x(url) : facebook(url, pageId);
  // A Facebook "pfbid" link is a post's link without its id: kept as the link, with no metrics.
  if (!remoteId && !(network === "facebook" && /\/posts\/pfbid\w+\/?$/.test(url.pathname))) return null;
  return { remoteId, remoteUrl: url.href };
}
