import { createHash } from "node:crypto";
import type { CommentSource, CommentsRequest, CommentsResult, RemoteComment } from "@/lib/networks/comments";

const PRAISE = [
  "Love this, great work team!",
  "Really useful, thanks for sharing.",
  "Super article, merci pour le partage !",
  "Great tips, I will definitely use them.",
  "Bravo à toute l'équipe, excellent travail.",
];
const NEUTRAL = [
  "Is there a free trial?",
  "Can you share the slides?",
  "C'est disponible en Belgique ?",
  "Which countries do you ship to?",
  "Tagging my colleague who asked about this.",
];
const COMPLAINT = [
  "Too expensive for what it does, bad value.",
  "Very disappointed with the support lately.",
  "Trop cher pour ce que c'est, très décevant.",
  "The app keeps crashing, it's useless.",
];
const NAMES = ["Alex Martin", "Camille Durand", "Sam Lee", "Léa Bernard", "Jordan Smith", "Hugo Petit"];

/** Pillars that draw more complaints in the simulation, so the demo's listening has something to show. */
const COMPLAINT_SHARE: Record<string, number> = { product_value: 0.6, industry_insight: 0.3 };

/** Simulated comments for sandbox posts: fixed by the post's id, so collecting twice finds the same ones. */
export class SandboxCommentSource implements CommentSource {
  readonly network = "sandbox" as const;
  constructor(private readonly now: () => Date) {}

  async list(req: CommentsRequest): Promise<CommentsResult> {
    const digest = createHash("sha256").update(req.postId).digest();
    const u = (i: number) => digest[i % digest.length] / 256;
    const count = Math.floor(u(0) * 6);
    const complaints = COMPLAINT_SHARE[req.hint?.pillar ?? ""] ?? 0.15;
    const comments: RemoteComment[] = [];
    for (let i = 0; i < count; i++) {
      const r = u(i * 3 + 1);
      const bank = r < complaints ? COMPLAINT : r < complaints + 0.35 ? NEUTRAL : PRAISE;
      comments.push({
        remoteId: `${req.postId}-c${i}`,
        authorName: NAMES[Math.floor(u(i * 3 + 2) * NAMES.length)],
        text: bank[Math.floor(u(i * 3 + 3) * bank.length)],
        createdAt: new Date(Math.min(this.now().getTime(), (req.since ?? this.now()).getTime() + (i + 1) * 3_600_000)),
        url: null,
      });
    }
    return { ok: true, comments };
  }
}
