import { classifyLinkedIn } from "./classify";
import { bearer, trimSlash } from "@/lib/networks/http/adapter-config";
import { parseJson, send } from "@/lib/networks/http/send";
import { transportFailure } from "@/lib/networks/http/failures";
import { linkedInAuthorUrn, type LinkedInConfig } from "./publish";
import type { PublishFailure } from "@/lib/networks/publisher";
import {
  chunk,
  count,
  normalized,
  type CollectFailure,
  type CollectRequest,
  type CollectResult,
  type MetricsCollector,
} from "@/lib/networks/collector";

/** LinkedIn accepts a few dozen URNs per List(); 20 keeps URLs short. */
export const LINKEDIN_BATCH = 20;

interface ShareStatsElement {
  share?: string;
  ugcPost?: string;
  totalShareStatistics?: Record<string, unknown>;
}

const failuresFor = (ids: string[], f: PublishFailure): CollectFailure[] =>
  ids.map((remoteId) => ({
    remoteId,
    message: f.message,
    ...(f.httpStatus !== null ? { httpStatus: f.httpStatus } : {}),
    ...(f.retryAt ? { retryAt: f.retryAt } : {}),
  }));

/** Organization post statistics; member (person) posts have no statistics endpoint. */
export class LinkedInCollector implements MetricsCollector {
  readonly network = "linkedin" as const;
  constructor(private readonly cfg: LinkedInConfig) {}

  async collect(req: CollectRequest): Promise<CollectResult> {
    const out: CollectResult = { metrics: [], failures: [] };
    const org = linkedInAuthorUrn(req.accountId);
    if (!org.startsWith("urn:li:organization:")) {
      out.failures.push(
        ...req.remoteIds.map((remoteId) => ({
          remoteId,
          message: "LinkedIn share statistics exist only for organization posts",
        })),
      );
      return out;
    }
    for (const ids of chunk(req.remoteIds, LINKEDIN_BATCH)) {
      const shares = ids.filter((id) => !id.startsWith("urn:li:ugcPost:"));
      const ugc = ids.filter((id) => id.startsWith("urn:li:ugcPost:"));
      // Rest.li 2.0: each URN inside List() is URL-encoded, the List syntax itself is not.
      const list = (urns: string[]) => `List(${urns.map(encodeURIComponent).join(",")})`;
      let url = `${trimSlash(this.cfg.baseUrl)}/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${encodeURIComponent(org)}`;
      if (shares.length) url += `&shares=${list(shares)}`;
      if (ugc.length) url += `&ugcPosts=${list(ugc)}`;
      const headers = {
        Authorization: bearer(req.accessToken),
        "LinkedIn-Version": this.cfg.version,
        "X-Restli-Protocol-Version": "2.0.0",
      };
      const res = await send(
        this.cfg.fetchImpl,
        { method: "GET", url, headers, body: "" },
        { timeoutMs: this.cfg.timeoutMs, signal: req.signal },
      );
      if (res.kind === "transport") {
        out.failures.push(...failuresFor(ids, transportFailure(res)));
        continue;
      }
      if (res.status !== 200) {
        out.failures.push(...failuresFor(ids, classifyLinkedIn(res, this.cfg.now())));
        continue;
      }
      const elements = (parseJson(res.text) as { elements?: ShareStatsElement[] } | undefined)?.elements ?? [];
      const byUrn = new Map(elements.map((e) => [e.share ?? e.ugcPost ?? "", e]));
      for (const id of ids) {
        const e = byUrn.get(id);
        const s = e?.totalShareStatistics;
        if (!e || !s) {
          out.failures.push({
            remoteId: id,
            message: "LinkedIn returned no statistics for this post",
            httpStatus: res.status,
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
    }
    return out;
  }
}
