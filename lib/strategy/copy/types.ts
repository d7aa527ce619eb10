import type { Network } from "../networks";

export const PILLAR_KEYS = [
  "education",
  "behind_the_scenes",
  "customer_proof",
  "industry_insight",
  "product_value",
  "community",
] as const;
export type PillarKey = (typeof PILLAR_KEYS)[number];

/** Text may use {name}, {audience}, {vp} and {positioning}; the renderer fills them from the brief. */
interface PillarCopy {
  name: string;
  description: string;
  hashtag: string;
  leads: string[];
  pollQuestion: string;
  pollOptions: string[];
  question: string;
}

export interface HookCopy {
  /** shared across languages so learning weights apply whatever the brand's language */
  id: string;
  text: string;
}

interface AngleCopy {
  id: string;
  intro: string;
  outro: string;
  /** the intro announces a list, so value props follow as bullets */
  list: boolean;
}

interface CtaCopy {
  /** matched as substrings of the brief's CTA key */
  match: string[];
  phrases: string[];
}

interface NetworkPolicyCopy {
  hashtags: string;
  emoji: string;
  style: string;
}

export interface Copy {
  pillars: Record<PillarKey, PillarCopy>;
  hooks: HookCopy[];
  angles: AngleCopy[];
  ctas: CtaCopy[];
  /** {audience} when the brief names no short audience: a plural noun phrase that reads mid-sentence */
  audienceFallback: string;
  defaultCtas: string[];
  labels: {
    /** the sentence of a carousel's text that introduces its document */
    carousel: string;
    poll: string;
    comment: string;
    thread: string;
    dedupe: string;
  };
  guidelines: {
    tone: string;
    do: string[];
    dont: string[];
    cta: string;
    networks: Record<Network, NetworkPolicyCopy>;
  };
}
