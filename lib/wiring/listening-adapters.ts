import { getEnv } from "@/lib/env";
import type { CommentSource } from "@/lib/networks/comments";
import type { CompetitorSource } from "@/lib/networks/competitors";
import { FacebookCommentSource } from "@/lib/networks/facebook/comments";
import { FacebookCompetitorSource } from "@/lib/networks/facebook/competitor-posts";
import { LinkedInCommentSource } from "@/lib/networks/linkedin/comments";
import type { Network } from "@/lib/networks/publisher";
import { SandboxCommentSource } from "@/lib/networks/sandbox/comments";
import { XCommentSource } from "@/lib/networks/x/comments";
import { XCompetitorSource } from "@/lib/networks/x/competitor-posts";
import { refineSentiment } from "@/lib/listening/refine-sentiment";
import type { CommentsDeps } from "@/lib/listening/collect-comments";
import { settingsFromEnv, type NetworkAdapterOptions } from "./network-adapters";

/** The only place that knows the concrete comment sources; same settings as the publishers. */
export function createCommentSource(network: Network, opts: NetworkAdapterOptions = {}): CommentSource {
  const s = settingsFromEnv(opts);
  switch (network) {
    case "linkedin":
      return new LinkedInCommentSource(s.linkedin());
    case "facebook":
      return new FacebookCommentSource(s.facebook());
    case "x":
      return new XCommentSource(s.x());
    case "sandbox":
      return new SandboxCommentSource(s.now);
  }
}

/** Competitor timelines exist on X and Facebook only: LinkedIn shares posts of organizations you administer. */
export function createCompetitorSource(network: "x" | "facebook", opts: NetworkAdapterOptions = {}): CompetitorSource {
  const s = settingsFromEnv(opts);
  return network === "x" ? new XCompetitorSource(s.x()) : new FacebookCompetitorSource(s.facebook());
}

/** The writer's second opinion on a comment's sentiment, when AI_* is configured. */
export function sentimentRefinerFromEnv(): CommentsDeps["refine"] {
  const env = getEnv();
  if (!env.AI_BASE_URL || !env.AI_API_KEY || !env.AI_MODEL) return undefined;
  const { AI_BASE_URL: baseUrl, AI_API_KEY: apiKey, AI_MODEL: model } = env;
  return (text, offline) => refineSentiment({ baseUrl, apiKey, model, text, offline });
}

export function negativeAlertFromEnv(): CommentsDeps["negativeAlert"] {
  const env = getEnv();
  return { share: env.NEGATIVE_ALERT_SHARE, minComments: env.NEGATIVE_ALERT_MIN_COMMENTS };
}
