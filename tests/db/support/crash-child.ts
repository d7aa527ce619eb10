// Runs one daily publication in its own process and kills itself (SIGKILL, no cleanup) at the
// requested step, like a serverless function killed mid-flight.
import { createDb } from "@/lib/db";
import { runDaily } from "@/lib/orchestration/run-daily";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { createChannelResolver } from "@/lib/orchestration/resolve-channel";
import { createPublisher } from "@/lib/wiring/network-adapters";
import { mediaStorageFromEnv } from "@/lib/wiring/media-storage";

const [url, workspaceId, date, point, platform] = process.argv.slice(2);
const db = createDb(url);
await runDaily(
  {
    db,
    clock: () => new Date(),
    channels: createChannelResolver({ db, keyRing: () => keyRingFromEnv(), publisherFor: (n) => createPublisher(n) }),
    // Long enough that a busy machine cannot let it run out before the parent's early run checks it.
    leaseMs: 6_000,
    mediaStorage: mediaStorageFromEnv(),
    faultHook: (at) => {
      if (at === point) process.kill(process.pid, "SIGKILL");
    },
  },
  {
    workspaceId,
    executeDate: date,
    dryRun: false,
    triggeredBy: "crash-child",
    catchupDays: 2,
    platforms: [platform as "x"],
    includeFuture: true,
  },
);
console.error("crash point never reached");
process.exit(3);
