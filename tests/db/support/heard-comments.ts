// A brand whose posts are published on the fake networks and whose comments are heard: what replying needs.
import type { Db } from "@/lib/db";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { collectComments } from "@/lib/listening/collect-comments";
import { replyToComment } from "@/lib/listening/reply-to-comment";
import { runDaily } from "@/lib/orchestration/run-daily";
import { createCommentSource } from "@/lib/wiring/listening-adapters";
import { dailyInput, type Fakes, fakeEnv, makeDeps, seedPublishing } from "./orchestration";

export const NETWORKS = ["linkedin", "facebook", "x"] as const;
type Net = (typeof NETWORKS)[number];

/** A brand whose three posts of today are published on the fakes, with their comments heard. */
export async function heardComments(db: Db, fakes: Fakes) {
  const seeded = await seedPublishing(db);
  const deps = makeDeps(db, fakes, () => new Date());
  await runDaily(deps, dailyInput(seeded.ws.id));
  await collectComments(
    {
      db,
      now: new Date(Date.now() + 3_600_000),
      keyRing: () => keyRingFromEnv(),
      commentsFor: (n) => createCommentSource(n, { env: fakeEnv(fakes) }),
      notify: { emailEnabled: false, appUrl: "http://localhost" },
    },
    { windowDays: 7, brandId: seeded.brand.id },
  );
  const comment = async (platform: Net) =>
    db.socialComment.findFirstOrThrow({ where: { brandId: seeded.brand.id, platform }, orderBy: { createdAt: "asc" } });
  const actor = { workspaceId: seeded.ws.id, userId: null, label: "editor@example.com", name: "Eddie" };
  const reply = (commentId: string, text: string, key: string, now = new Date()) =>
    // As the route does, each request resolves the brand's connections afresh.
    replyToComment({
      db,
      actor,
      channels: makeDeps(db, fakes, () => now).channels,
      now: () => now,
      commentId,
      text,
      key,
    });
  return { ...seeded, comment, reply };
}

/** The replies the fake network holds under a heard comment (X: the account's posts answering it). */
export function repliesOnFake(fakes: Fakes, network: Net, remoteId: string) {
  if (network === "x") return fakes.fakes.x.posts.filter((p) => p.inReplyTo === remoteId);
  const bare = network === "facebook" ? remoteId.split("_")[1] : /,(\d+)\)$/.exec(remoteId)![1];
  return fakes.fakes[network].listening.replies.get(bare) ?? [];
}
