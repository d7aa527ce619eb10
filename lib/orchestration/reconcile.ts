import { matchRemotePost } from "@/lib/networks/match-remote-post";
import type { RemotePost } from "@/lib/networks/publisher";
import type { ResolvedChannel } from "./types";

type ReconcileOutcome = { found: true; post: RemotePost } | { found: false } | { error: string };

/** Before re-sending a post whose first send may have landed, ask the network what it already has. */
export async function reconcile(channel: ResolvedChannel, text: string, since: Date): Promise<ReconcileOutcome> {
  try {
    const recent = await channel.publisher.findRecent({
      accountId: channel.accountId,
      accessToken: channel.accessToken,
      since,
      limit: 100,
    });
    const match = matchRemotePost(recent, text);
    return match ? { found: true, post: match } : { found: false };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
