import type { Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { createChannelResolver } from "@/lib/orchestration/resolve-channel";
import { networkPools, type NetworkPool } from "@/lib/orchestration/network-pools";
import type { OrchestratorDeps, PostNetwork } from "@/lib/orchestration/types";

const globalForPools = globalThis as unknown as { __networkPools?: (network: PostNetwork) => NetworkPool };

/** One keep-alive pool and send limit per network for the whole process, so sockets outlive a run. */
function processPools() {
  const env = getEnv();
  globalForPools.__networkPools ??= networkPools({
    linkedin: env.PUBLISH_CONCURRENCY_LINKEDIN,
    facebook: env.PUBLISH_CONCURRENCY_FACEBOOK,
    x: env.PUBLISH_CONCURRENCY_X,
  });
  return globalForPools.__networkPools;
}
import { createPublisher } from "./network-adapters";
import { createOAuthClient } from "./oauth-clients";
import { notifyContextFromEnv } from "./notify-deps";
import { mediaStorageFromEnv } from "./media-storage";

/** Wires the orchestrator to the real clock, the environment's keys and the configured networks. */
export function orchestratorDeps(db: Db, opts: { deadlineMs?: number } = {}): OrchestratorDeps {
  const env = getEnv();
  const notify = notifyContextFromEnv();
  return {
    db,
    clock: () => new Date(),
    channels: createChannelResolver({
      db,
      keyRing: () => keyRingFromEnv(),
      publisherFor: (n, fetchImpl) => createPublisher(n, { fetchImpl }),
      oauthClientFor: (n) => createOAuthClient(n),
      pools: processPools(),
      notify,
    }),
    notify,
    mediaStorage: mediaStorageFromEnv(),
    concurrency: env.PUBLISH_CONCURRENCY,
    deadline: opts.deadlineMs ? new Date(Date.now() + opts.deadlineMs) : undefined,
  };
}
