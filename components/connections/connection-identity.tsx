"use client";

import { useState } from "react";
import type { ConnectionDto } from "@/lib/connections/connection-dto";

/** The connected account as the network names it: avatar, name, handle. */
export function ConnectionIdentity({ c }: { c: ConnectionDto }) {
  const name = c.display_name ?? c.account_id;
  return (
    <div className="mt-2 flex items-center gap-2" data-testid="connection-identity">
      <AccountAvatar url={c.avatar_url} name={name} size={36} />
      <div className="min-w-0">
        <p className="truncate text-sm font-medium">{name}</p>
        {c.handle ? <p className="truncate text-xs text-slate-500">{c.handle}</p> : null}
      </div>
    </div>
  );
}

/**
 * The network's picture, or the name's initial when there is none or it does not load: network picture
 * URLs expire (Facebook's CDN links are signed for days) or may be blocked, and a broken image must not show.
 */
export function AccountAvatar({ url, name, size }: { url: string | null; name: string; size: 32 | 36 }) {
  const [failed, setFailed] = useState<string | null>(null);
  const box = size === 32 ? "h-8 w-8" : "h-9 w-9";
  if (url && failed !== url) {
    return (
      // Served by the network itself: a plain img, since next/image would need every network host configured.
      <img
        src={url}
        alt=""
        width={size}
        height={size}
        className={`${box} rounded-full bg-slate-200`}
        onError={() => setFailed(url)}
        // an image that failed before React listened (server-rendered) reports no error event
        ref={(img) => {
          if (img?.complete && img.naturalWidth === 0) setFailed(url);
        }}
      />
    );
  }
  return (
    <span
      data-testid="avatar-fallback"
      className={`flex ${box} items-center justify-center rounded-full bg-slate-200 text-sm font-semibold text-slate-600`}
    >
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
