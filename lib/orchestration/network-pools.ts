import { keepAliveFetch } from "@/lib/net/keep-alive-fetch";
import { concurrencyLimit, type Limit } from "./limit-sends";
import type { PostNetwork } from "./types";

export type NetworkLimits = Record<PostNetwork, number>;

/**
 * Parallel sends per network and process. The networks publish request quotas per token and per app
 * (429 with a reset time, which the backoff honours), not a parallelism limit; this cap keeps bursts
 * and open sockets bounded. An operator sharing one app credential across many brands lowers it
 * (PUBLISH_CONCURRENCY_LINKEDIN, _FACEBOOK, _X).
 */
export const DEFAULT_NETWORK_LIMITS: NetworkLimits = { linkedin: 64, facebook: 64, x: 64 };

export interface NetworkPool {
  fetchImpl: typeof fetch;
  limit: Limit;
}

/** One keep-alive socket pool and one send limit per network, shared by every brand this process publishes for. */
export function networkPools(limits: NetworkLimits): (network: PostNetwork) => NetworkPool {
  const pools = new Map<PostNetwork, NetworkPool>();
  return (network) => {
    let pool = pools.get(network);
    if (!pool) {
      pool = { fetchImpl: keepAliveFetch({ maxSockets: limits[network] }), limit: concurrencyLimit(limits[network]) };
      pools.set(network, pool);
    }
    return pool;
  };
}
