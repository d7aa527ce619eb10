import { classifyLinkedIn } from "./classify";
import { bearer, trimSlash } from "@/lib/networks/http/adapter-config";
import { collectInBatches } from "@/lib/networks/collect-in-batches";
import { linkedInAuthorUrn, type LinkedInConfig } from "./publish";
import {
  count,
  normalized,
  type CollectRequest,
  type CollectResult,
  type MetricsCollector,
} from "@/lib/networks/collector";

/** LinkedIn accepts a few dozen URNs per List(); 20 keeps URLs short. */
const LINKEDIN_BATCH = 20;

interface ShareStatsElement {
  share?: string;
  ugcPost?: string;
  totalShareStatistics?: Record<string, unknown>;
}

/** Organization post statistics; member (person) posts have no statistics endpoint. */
export class LinkedInCollector implements MetricsCollector {
  readonly network = "linkedin" as const;
  constructor(private readonly cfg: LinkedInConfig) {}

  async collect(req: CollectRequest): Promise<CollectResult> {
    const org = linkedInAuthorUrn(req.accountId);
    if (!org.startsWith("urn:li:organization:")) {
      const message = "LinkedIn share statistics exist only for organization posts";
      return { metrics: [], failures: req.remoteIds.map((remoteId) => ({ remoteId, message })) };
    }
    // Rest.li 2.0: each URN inside List() is URL-encoded, the List syntax itself is not.
    const list = (urns: string[]) => `List(${urns.map(encodeURIComponent).join(",")})`;
    return collectInBatches(this.cfg, req, {
      size: LINKEDIN_BATCH,
      request: (ids) => {
        const shares = ids.filter((id) => !id.startsWith("urn:li:ugcPost:"));
        const ugc = ids.filter((id) => id.startsWith("urn:li:ugcPost:"));
        let url = `${trimSlash(this.cfg.baseUrl)}/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${encodeURIComponent(org)}`;
        if (shares.length) url += `&shares=${list(shares)}`;
        if (ugc.length) url += `&ugcPosts=${list(ugc)}`;
        const headers = {
          Authorization: bearer(req.accessToken),
          "LinkedIn-Version": this.cfg.version,
          "X-Restli-Protocol-Version": "2.0.0",
        };
        return { url, headers };
      },
      classify: classifyLinkedIn,
      read: (json, ids, status, out) => {
        const elements = (json as { elements?: ShareStatsElement[] } | undefined)?.elements ?? [];
        const byUrn = new Map(elements.map((e) => [e.share ?? e.ugcPost ?? "", e]));
        for (const id of ids) {
          const e = byUrn.get(id);
          const s = e?.totalShareStatistics;
          if (!e || !s) {
            out.failures.push({
              remoteId: id,
              message: "LinkedIn returned no statistics for this post",
              httpStatus: status,
            });
            continue;
          }
          out.metrics.push(
            normalized(
              id,
              {
                impressions: count(s.impressionCount),
                reach: count(s.uniqueImpressionsCount),
                clicks: count(s.clickCount),
                reactions: count(s.likeCount),
                comments: count(s.commentCount),
                shares: count(s.shareCount),
              },
              e,
            ),
          );
        }
      },
    });
  }
}
