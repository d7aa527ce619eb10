import { createHash } from "node:crypto";
import {
  normalized,
  type CollectRequest,
  type CollectResult,
  type MetricsCollector,
  type MetricsHint,
} from "@/lib/networks/collector";

/**
 * Simulated metrics for sandbox posts, so the demo and the learning loop have data. Each post's
 * numbers are fixed by a hash of its id (collecting twice gives the same snapshot) and scaled by
 * what the post was: some pillars, formats and hooks systematically engage more, with noise on
 * top, so learning has a real (and known) signal to find. Unknown options get a lift of 1.
 */
const SANDBOX_LIFTS = {
  pillar: {
    education: 1.8,
    customer_proof: 1.35,
    behind_the_scenes: 1.1,
    community: 1.0,
    industry_insight: 0.9,
    product_value: 0.75,
  } as Record<string, number>,
  format: {
    poll: 1.3,
    question: 1.25,
    carousel_outline: 1.15,
    thread: 1.1,
    text: 1.0,
    single: 1.0,
    link_post: 0.95,
  } as Record<string, number>,
  hook: { contrarian: 1.3, question: 1.2, mistake: 1.15, story: 1.1, myth: 1.1, proof: 0.9, promise: 0.85 } as Record<
    string,
    number
  >,
};

const NETWORK_BASE: Record<string, { impressions: number; rate: number }> = {
  linkedin: { impressions: 900, rate: 0.04 },
  facebook: { impressions: 600, rate: 0.03 },
  x: { impressions: 1500, rate: 0.02 },
};

/** Uniform numbers in [0, 1) derived from the id: stream i of a sha256 digest. */
function uniforms(seed: string): (i: number) => number {
  const digest = createHash("sha256").update(seed).digest();
  return (i) => digest.readUInt32BE((i * 4) % 28) / 2 ** 32;
}

export function simulateMetrics(remoteId: string, hint: MetricsHint = {}) {
  const u = uniforms(remoteId);
  const base = NETWORK_BASE[hint.network ?? ""] ?? NETWORK_BASE.linkedin;
  const lift =
    (SANDBOX_LIFTS.pillar[hint.pillar ?? ""] ?? 1) *
    (SANDBOX_LIFTS.format[hint.format ?? ""] ?? 1) *
    (SANDBOX_LIFTS.hook[hint.hookTemplate ?? ""] ?? 1);
  // Reach varies a lot between posts (0.5×–1.7×); better posts also travel a little further.
  const impressions = Math.round(base.impressions * (0.5 + 1.2 * u(0)) * Math.sqrt(lift));
  const rate = base.rate * lift * (0.8 + 0.4 * u(1));
  const engagements = Math.round(impressions * rate);
  const reactions = Math.round(engagements * 0.55);
  const clicks = Math.round(engagements * 0.25);
  const comments = Math.round(engagements * 0.12);
  const shares = Math.max(0, engagements - reactions - clicks - comments);
  const reach = Math.round(impressions * (0.65 + 0.2 * u(2)));
  return { impressions, reach, clicks, reactions, comments, shares };
}

export class SandboxCollector implements MetricsCollector {
  readonly network = "sandbox" as const;

  async collect(req: CollectRequest): Promise<CollectResult> {
    return {
      metrics: req.remoteIds.map((id) => {
        const hint = req.hints?.[id];
        return normalized(id, simulateMetrics(id, hint), { simulated: true, hint: hint ?? null });
      }),
      failures: [],
    };
  }
}
