import type { MediaStorage } from "@/lib/media/storage";
import type { Db } from "@/lib/db";
import type { Publisher } from "@/lib/networks/publisher";
import type { Platform } from "@/lib/generated/prisma/enums";
import type { NotifyContext } from "@/lib/notifications/notify-context";

export type PostNetwork = Exclude<Platform, "sandbox">;

/** Which ledger rows a run may touch. */
export interface RunScope {
  workspaceId?: string;
  brandIds?: string[];
  platforms?: PostNetwork[];
  /** only these posts (a person's explicit list) */
  postIds?: string[];
  /** brand-local day; when absent, every due post inside the catch-up window */
  date?: string;
  /** cron runs only publish posts whose scheduled time has passed */
  dueOnly: boolean;
  catchupDays: number;
}

export interface ResolvedChannel {
  publisher: Publisher;
  accountId: string;
  accessToken: string;
  connectionId: string | null;
  /** a connection flagged needs_reconnect is never sent to */
  blocked: string | null;
}

export type ChannelResolver = (brandId: string, network: PostNetwork) => Promise<ResolvedChannel>;

export interface OrchestratorDeps {
  db: Db;
  clock: () => Date;
  channels: ChannelResolver;
  random?: () => number;
  workerId?: string;
  concurrency?: number;
  leaseMs?: number;
  /** stop claiming new work after this instant; left-over work is picked up by the next call */
  deadline?: Date;
  maxAttempts?: number;
  /** how outcomes are announced (post failed, needs reconnect); without it nobody is emailed */
  notify?: NotifyContext;
  /** where library images are read from when a post carries some */
  mediaStorage?: MediaStorage;
  /** test seam for crash-point tests: called at each step where a process could die */
  faultHook?: (point: "claimed" | "sending" | "sent" | `sent:${string}` | `step:${string}`) => void | Promise<void>;
}

export interface SlotResult {
  publication_id: string;
  post_id: string;
  brand: string;
  platform: PostNetwork;
  status: string;
  remote_id: string | null;
  remote_url: string | null;
  error: { class: string; message: string } | null;
}
