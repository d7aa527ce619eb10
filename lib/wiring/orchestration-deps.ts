import type { Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { createChannelResolver } from "@/lib/orchestration/resolve-channel";
import type { OrchestratorDeps } from "@/lib/orchestration/types";
import { createPublisher } from "./network-adapters";

/** Wires the orchestrator to the real clock, the environment's keys and the configured networks. */
export function orchestratorDeps(db: Db, opts: { deadlineMs?: number } = {}): OrchestratorDeps {
  const env = getEnv();
  return {
    db,
    clock: () => new Date(),
    channels: createChannelResolver({ db, keyRing: () => keyRingFromEnv(), publisherFor: (n) => createPublisher(n) }),
    concurrency: env.PUBLISH_CONCURRENCY,
    deadline: opts.deadlineMs ? new Date(Date.now() + opts.deadlineMs) : undefined,
  };
}
