import type { Brief, CtaTarget } from "./brief";
import { buildCtaLink, slotKey } from "./build-cta-link";
import type { Copy, HookCopy, PillarKey } from "./copy/types";
import { formatForNetwork, type PostParts } from "./format-for-network";
import { buildHashtagPool, pickHashtags, type HashtagPool } from "./hashtags";
import { NETWORK_FORMATS, type Network, type PostFormat } from "./networks";
import { clampWeight, pick, weightedPick, type Rng } from "./random";
import { briefVars, getCopy, renderTemplate, type BriefVars } from "./render";
import { applyTypography } from "./typography";
import type { LearningWeights, PlannedPost } from "./types";

/** Everything derived once from a brief and reused for every slot of the plan. */
export interface PlanContext {
  brief: Brief;
  copy: Copy;
  vars: BriefVars;
  pool: HashtagPool;
  emoji: boolean;
  weights: LearningWeights;
}

// Tones that welcome one emoji marker; "professional" and the like get none.
const EMOJI_TONES = /friendly|fun|playful|casual|bold|warm|sympa|amical|chaleureu|décontract|audacieu|ludique/i;

export function preparePlanContext(brief: Brief, weights: LearningWeights = {}): PlanContext {
  const copy = getCopy(brief.language);
  const vars = briefVars(brief);
  return {
    brief,
    copy,
    vars,
    pool: buildHashtagPool(vars, brief.hashtagsAlways, brief.keywords, brief.hashtagsNever),
    emoji: EMOJI_TONES.test(brief.tone),
    weights,
  };
}

interface SlotSpec {
  network: Network;
  date: string;
  time: string;
  scheduledAt: string;
  pillar: PillarKey;
  /** drives the value-prop rotation */
  slotIndex: number;
  ctaTarget: CtaTarget;
  /** a custom A/B hook this slot should use, already cleared against the 7-day rule */
  abHook?: { id: string; text: string; variant: "A" | "B" };
}

interface SlotConstraints {
  /** hook template ids and angles used within 7 days on this network */
  nearHooks: ReadonlySet<string>;
  nearAngles: ReadonlySet<string>;
  /** texts already in the plan, on any network: bodies, and an X thread's every part */
  usedBodies: ReadonlySet<string>;
  /** the version being replaced, when regenerating */
  avoid?: { hookTemplate?: string; angle?: string; body?: string };
  /** formats the slot cannot take, e.g. a carousel on a LinkedIn post that already has its one image */
  excludeFormats?: readonly PostFormat[];
}

// Some formats suit some pillars better: a community pillar is where polls and questions belong.
function formatBias(pillar: PillarKey, format: PostFormat): number {
  const base: Record<PostFormat, number> = {
    text: 5,
    carousel_outline: 3,
    poll: 2,
    link_post: 6,
    question: 4,
    single: 7,
    thread: 3,
  };
  let w = base[format];
  if (pillar === "community" && (format === "poll" || format === "question")) w *= 3;
  if (pillar === "education" && (format === "carousel_outline" || format === "thread")) w *= 1.5;
  return w;
}

export function ctaPhrases(copy: Copy, key: string): string[] {
  const k = key.toLowerCase();
  return copy.ctas.find((c) => c.match.some((m) => k.includes(m)))?.phrases ?? copy.defaultCtas;
}

const MAX_ATTEMPTS = 8;

/** Every text a post sends: its body, and each part of an X thread. X refuses any it already posted. */
export const postTexts = (p: Pick<PlannedPost, "body" | "threadParts">) => [p.body, ...(p.threadParts ?? [])];

function nonEmpty<T>(items: T[], fallback: T[]): T[] {
  return items.length ? items : fallback;
}

/** Decides and renders one post; never repeats a nearby hook or angle nor an existing body. */
export function composePost(ctx: PlanContext, slot: SlotSpec, rules: SlotConstraints, rng: Rng): PlannedPost {
  const { copy, vars, weights } = ctx;
  const lang = ctx.brief.language;
  const pillarCopy = copy.pillars[slot.pillar];
  const vps = vars.valueProps.length ? vars.valueProps : [vars.positioning];
  const vp = vps[slot.slotIndex % vps.length]!;
  const rotation = Array.from({ length: Math.min(3, vps.length) }, (_, i) =>
    renderTemplate(vps[(slot.slotIndex + i) % vps.length]!, vars),
  );
  const link = buildCtaLink(slot.ctaTarget.url, {
    network: slot.network,
    pillar: slot.pillar,
    postId: slotKey(slot.date, slot.network),
  });
  const ctaText = applyTypography(lang, renderTemplate(pick(ctaPhrases(copy, slot.ctaTarget.key), rng), vars));
  // The pools are sized so these filters never empty them for a well-formed plan; the
  // fallback only protects against a caller passing an inconsistent context.
  const hookPool = nonEmpty(
    copy.hooks.filter((h) => !rules.nearHooks.has(h.id) && h.id !== rules.avoid?.hookTemplate),
    copy.hooks,
  );
  const anglePool = nonEmpty(
    copy.angles.filter((a) => !rules.nearAngles.has(a.id) && a.id !== rules.avoid?.angle),
    copy.angles,
  );
  const allFormats = NETWORK_FORMATS[slot.network] as readonly PostFormat[];
  const formats = nonEmpty(
    allFormats.filter((f) => !rules.excludeFormats?.includes(f)),
    [...allFormats],
  );
  // The last attempt's dedupe suffix is in the first tweet only: a thread's later parts could still repeat.
  const lastFormats = nonEmpty(
    formats.filter((f) => f !== "thread"),
    formats,
  );
  const formatWeight = (f: PostFormat) =>
    formatBias(slot.pillar, f) * clampWeight(weights.formats?.[`${slot.network}:${f}`] ?? weights.formats?.[f]);
  const r = (t: string) => renderTemplate(t, vars, vp);
  // For a list whose day's value prop is already said: the next ones, without it.
  const otherProps = Array.from({ length: Math.min(3, vps.length - 1) }, (_, i) =>
    renderTemplate(vps[(slot.slotIndex + 1 + i) % vps.length]!, vars),
  );

  // Hooks that left no room without cutting a sentence (a very long value prop) are not tried again.
  const tooLong = new Set<string>();
  let post: PlannedPost | null = null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const last = attempt === MAX_ATTEMPTS - 1;
    const format = weightedPick(last ? lastFormats : formats, formatWeight, rng);
    // The A/B hook is kept while other choices vary; only a stubborn body collision gives it up.
    const useAb = slot.abHook && attempt < MAX_ATTEMPTS / 2;
    const hook: HookCopy = useAb
      ? slot.abHook!
      : weightedPick(
          nonEmpty(
            hookPool.filter((h) => !tooLong.has(h.id)),
            hookPool,
          ),
          (h) => clampWeight(weights.hooks?.[h.id]),
          rng,
        );
    // The day's value prop is said once: by the hook, else by the lead, else in the argument.
    const vpInHook = hook.text.includes("{vp}");
    const lead = pick(
      nonEmpty(
        pillarCopy.leads.filter((l) => !vpInHook || !l.includes("{vp}")),
        pillarCopy.leads,
      ),
      rng,
    );
    const vpSaid = vpInHook || lead.includes("{vp}");
    const bullets = vpSaid ? otherProps : rotation;
    const listBias = format === "carousel_outline";
    const angle = weightedPick(
      bullets.length
        ? anglePool
        : nonEmpty(
            anglePool.filter((a) => !a.list),
            anglePool,
          ),
      (a) => (listBias && a.list ? 3 : 1),
      rng,
    );
    let hookText = applyTypography(lang, r(hook.text));
    // Last resort for pathological briefs where every candidate rendered the same text.
    if (last) hookText = applyTypography(lang, `${hookText} (${copy.labels.dedupe} ${slot.date})`);
    const parts: PostParts = {
      language: lang,
      format,
      hook: hookText,
      lead: r(lead),
      intro: r(angle.intro),
      bullets,
      point: vpSaid ? "" : `${renderTemplate(vp, vars)}.`,
      outro: r(angle.outro),
      question: r(pillarCopy.question),
      pollQuestion: r(pillarCopy.pollQuestion),
      pollOptions: pillarCopy.pollOptions,
      cta: ctaText,
      link,
      hashtags: pickHashtags(slot.network, pillarCopy.hashtag, ctx.pool, rng),
      emoji: ctx.emoji,
      listAngle: angle.list,
    };
    const out = formatForNetwork(slot.network, parts);
    post = {
      network: slot.network,
      date: slot.date,
      time: slot.time,
      scheduledAt: slot.scheduledAt,
      pillar: slot.pillar,
      angle: angle.id,
      hook: hookText,
      hookTemplate: hook.id,
      cta: ctaText,
      ctaTarget: slot.ctaTarget.key,
      format,
      body: out.body,
      hashtags: out.hashtags,
      link: out.body.includes(link) ? link : null,
      length: out.length,
      limit: out.limit,
      ...(useAb ? { abVariant: slot.abHook!.variant } : {}),
      ...(out.threadParts ? { threadParts: out.threadParts } : {}),
      ...(out.slides ? { slides: out.slides } : {}),
    };
    if (out.cut) {
      tooLong.add(hook.id);
      continue;
    }
    if (post.body !== rules.avoid?.body && postTexts(post).every((t) => !rules.usedBodies.has(t))) return post;
  }
  return post!;
}
