import { networkName } from "@/lib/strategy/network-names";
import type { Db } from "@/lib/db";
import type { KeyRing } from "@/lib/crypto/secret-box";
import type { Network, Publisher } from "@/lib/networks/publisher";
import type { OAuthClient, OAuthPlatform } from "@/lib/networks/oauth/oauth-client";
import { ensureFreshToken } from "@/lib/connections/refresh-connection";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { limitSends } from "./limit-sends";
import { DEFAULT_NETWORK_LIMITS, networkPools, type NetworkPool } from "./network-pools";
import type { ChannelResolver, PostNetwork, ResolvedChannel } from "./types";

/**
 * A brand's live connection for the network if it has one; otherwise the sandbox, so a brand with
 * no credentials (the demo) still publishes somewhere visible.
 */
export function createChannelResolver(opts: {
  db: Db;
  keyRing: () => KeyRing;
  /** builds a network's publisher over the given fetch; the wiring passes the environment-configured factory */
  publisherFor: (network: Network, fetchImpl?: typeof fetch) => Publisher;
  /** the network's OAuth client, to refresh tokens close to expiry; null when the app is not configured */
  oauthClientFor?: (network: OAuthPlatform) => OAuthClient | null;
  /** when set, every network's requests go through it instead of the process's pools (tests, fakes) */
  fetchImpl?: typeof fetch;
  /** the process's socket pool and send limit per network; the app keeps one for its lifetime */
  pools?: (network: PostNetwork) => NetworkPool;
  /** who is told, and how, when a refresh finds the account must be reconnected */
  notify?: NotifyContext;
}): ChannelResolver {
  const cache = new Map<string, Promise<ResolvedChannel>>();
  const pools = opts.pools ?? networkPools(DEFAULT_NETWORK_LIMITS);
  return (brandId: string, network: PostNetwork) => {
    const key = `${brandId}:${network}`;
    if (!cache.has(key)) cache.set(key, resolve(brandId, network));
    return cache.get(key)!;
  };

  async function resolve(brandId: string, network: PostNetwork): Promise<ResolvedChannel> {
    const conn = await opts.db.channelConnection.findUnique({
      where: { brandId_platform: { brandId, platform: network } },
    });
    // An archived (disconnected) connection is as good as none.
    if (!conn || conn.archivedAt) {
      return {
        publisher: opts.publisherFor("sandbox"),
        accountId: `sandbox:${brandId}:${network}`,
        accessToken: "",
        connectionId: null,
        blocked: null,
      };
    }
    let blocked =
      conn.status === "active"
        ? null
        : `The ${networkName(network)} connection needs to be reconnected (${conn.statusReason ?? conn.status}).`;
    let accessToken = "";
    if (!blocked) {
      // Tokens close to expiry are refreshed before the send (X: 15 minutes of its 2 hours; others: 7 days).
      const fresh = await ensureFreshToken(
        {
          db: opts.db,
          client: opts.oauthClientFor?.(network) ?? null,
          keyRing: opts.keyRing(),
          clock: () => new Date(),
          notify: opts.notify,
        },
        conn.id,
      );
      if (fresh.ok) accessToken = fresh.accessToken;
      else blocked = `The ${networkName(network)} connection needs to be reconnected (${fresh.reason}).`;
    }
    return {
      publisher: limitSends(
        opts.publisherFor(network, opts.fetchImpl ?? pools(network).fetchImpl),
        pools(network).limit,
      ),
      accountId: conn.accountId,
      accessToken,
      connectionId: conn.id,
      blocked,
    };
  }
}
