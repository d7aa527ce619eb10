import type { ConnectionDto } from "@/lib/connections/connection-dto";

/** The connected account as the network names it: avatar, name, handle. */
export function ConnectionIdentity({ c }: { c: ConnectionDto }) {
  const name = c.display_name ?? c.account_id;
  return (
    <div className="mt-2 flex items-center gap-2" data-testid="connection-identity">
      {c.avatar_url ? (
        // Served by the network itself: a plain img, since next/image would need every network host configured.
        <img src={c.avatar_url} alt="" width={36} height={36} className="h-9 w-9 rounded-full bg-slate-200" />
      ) : (
        <span className="flex h-9 w-9 items-center justify-center rounded-full bg-slate-200 text-sm font-semibold text-slate-600">
          {name.slice(0, 1).toUpperCase()}
        </span>
      )}
      <div className="min-w-0">
        <p className="truncate text-sm font-medium">{name}</p>
        {c.handle ? <p className="truncate text-xs text-slate-500">{c.handle}</p> : null}
      </div>
    </div>
  );
}
