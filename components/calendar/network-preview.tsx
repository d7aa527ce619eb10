import { NETWORK_NAME } from "./post-chip";

export interface PreviewAccount {
  display_name: string | null;
  handle: string | null;
  avatar_url: string | null;
}

/**
 * A card that looks like the network's own, so the team sees roughly what the audience will: with the
 * connected account's name, handle and avatar; without a connection, the brand's name and a plain disc.
 */
export function NetworkPreview({
  network,
  body,
  brandName,
  account,
  link,
}: {
  network: string;
  body: string;
  brandName: string;
  account?: PreviewAccount | null;
  link: string | null;
}) {
  const name = account?.display_name ?? brandName;
  const avatar = account?.avatar_url ? (
    // A plain img: the avatar is served by the network, whose hosts next/image does not know.
    <img
      src={account.avatar_url}
      alt=""
      className="h-9 w-9 shrink-0 rounded-full bg-slate-200"
      data-testid="preview-avatar"
    />
  ) : (
    <div className="h-9 w-9 shrink-0 rounded-full bg-gradient-to-br from-brand-500 to-brand-700" aria-hidden />
  );
  if (network === "x") {
    return (
      <div className="rounded-xl border border-slate-200 bg-white p-3 text-[15px]">
        <div className="flex gap-2">
          {avatar}
          <div className="min-w-0">
            <p className="text-sm">
              <strong>{name}</strong>{" "}
              <span className="text-slate-500">
                {account?.handle ?? `@${brandName.toLowerCase().replace(/\W+/g, "")}`} · now
              </span>
            </p>
            <p className="whitespace-pre-wrap break-words text-slate-900">{body}</p>
          </div>
        </div>
      </div>
    );
  }
  const long = network === "linkedin" && body.length > 210;
  return (
    <div className="rounded-lg border border-slate-200 bg-white text-sm">
      <div className="flex items-center gap-2 p-3">
        {avatar}
        <div>
          <p className="font-semibold">{name}</p>
          <p className="text-xs text-slate-500">{network === "linkedin" ? "now · 🌐" : "Just now · 🌐"}</p>
        </div>
      </div>
      <p className="whitespace-pre-wrap break-words px-3 pb-3 text-slate-900">
        {long ? `${body.slice(0, 210)}… ` : body}
        {long ? <span className="text-slate-500">see more</span> : null}
      </p>
      {network === "facebook" && link ? (
        <div className="border-t border-slate-200 bg-slate-50 px-3 py-2 text-xs text-slate-500">
          {new URL(link).hostname.toUpperCase()}
          <p className="text-sm font-semibold text-slate-800">{brandName}</p>
        </div>
      ) : null}
      <p className="border-t border-slate-100 px-3 py-1.5 text-xs text-slate-500">{NETWORK_NAME[network]} preview</p>
    </div>
  );
}
