import type { Brief } from "./brief";
import { EMOJI_POLICY, HASHTAG_POLICY, normalizeHashtag } from "./hashtags";
import { NETWORK_FORMATS, NETWORK_LIMITS, NETWORKS, type Network } from "./networks";
import { briefVars, getCopy, renderTemplate } from "./render";
import { applyTypography } from "./typography";
import type { EditorialGuidelines, NetworkGuidelines } from "./types";

/** The editorial charter shown to the community manager, in the brand's language. */
export function buildGuidelines(brief: Brief): EditorialGuidelines {
  const copy = getCopy(brief.language);
  const vars = briefVars(brief);
  const text = (t: string) => applyTypography(brief.language, renderTemplate(t, vars));
  const tags = (list: string[]) => list.map(normalizeHashtag).filter((t): t is string => !!t);
  const networks = Object.fromEntries(
    NETWORKS.map((n): [Network, NetworkGuidelines] => {
      const policy = copy.guidelines.networks[n];
      return [
        n,
        {
          limit: NETWORK_LIMITS[n],
          formats: [...NETWORK_FORMATS[n]],
          hashtags: { ...HASHTAG_POLICY[n], policy: text(policy.hashtags) },
          emoji: { max: EMOJI_POLICY[n], policy: text(policy.emoji) },
          style: text(policy.style),
        },
      ];
    }),
  ) as Record<Network, NetworkGuidelines>;
  return {
    language: brief.language,
    toneOfVoice: text(copy.guidelines.tone),
    do: copy.guidelines.do.map(text),
    dont: copy.guidelines.dont.map(text),
    hashtagsAlways: tags(brief.hashtagsAlways),
    hashtagsNever: tags(brief.hashtagsNever),
    ctaPolicy: text(copy.guidelines.cta),
    networks,
  };
}
