import type { Language } from "./brief";
import type { PillarKey } from "./copy/types";
import type { Network, PostFormat } from "./networks";

export type { PillarKey } from "./copy/types";

/** Multipliers around 1.0 learned from metrics; missing keys count as 1. */
export interface LearningWeights {
  /** by pillar key */
  pillars?: Record<string, number>;
  /** by hook template id */
  hooks?: Record<string, number>;
  /** by format, or "network:format" to target one network */
  formats?: Record<string, number>;
  /** by brand-local hour "HH", or "network:HH" */
  hours?: Record<string, number>;
}

/** Per pillar key, two custom hook texts under test. */
export type AbTests = Record<string, readonly [string, string]>;

// Type aliases rather than interfaces: they must be assignable to Prisma's JSON input type.
export type Pillar = {
  key: PillarKey;
  name: string;
  description: string;
};

export type NetworkGuidelines = {
  limit: number;
  formats: string[];
  hashtags: { min: number; max: number; policy: string };
  emoji: { max: number; policy: string };
  style: string;
};

export type EditorialGuidelines = {
  language: Language;
  toneOfVoice: string;
  do: string[];
  dont: string[];
  hashtagsAlways: string[];
  hashtagsNever: string[];
  ctaPolicy: string;
  networks: Record<Network, NetworkGuidelines>;
};

export interface PlannedPost {
  network: Network;
  /** brand-local calendar day, YYYY-MM-DD */
  date: string;
  /** brand-local time, HH:MM */
  time: string;
  /** UTC instant of date + time in the brand's time zone */
  scheduledAt: string;
  pillar: PillarKey;
  angle: string;
  hook: string;
  hookTemplate: string;
  cta: string;
  ctaTarget: string;
  format: PostFormat;
  body: string;
  hashtags: string[];
  link: string | null;
  length: number;
  limit: number;
  abVariant?: "A" | "B";
  /** X threads only: every tweet, each within the limit; the first one is `body` */
  threadParts?: string[];
  /** LinkedIn carousels only: the document's slides in order; `body` introduces it */
  slides?: string[];
}

export interface Plan {
  pillars: Pillar[];
  guidelines: EditorialGuidelines;
  posts: PlannedPost[];
}
