import { Prisma } from "@/lib/generated/prisma/client";
import { measureLength, NETWORK_LIMITS, NETWORK_NAMES } from "@/lib/strategy/networks";
import { buildContentPackage } from "./build-content-package";
import { scopeConditions } from "./scope-sql";
import type { OrchestratorDeps, PostNetwork, RunScope } from "./types";
import { plannedRequests, REDACT, type LabeledRequest } from "./dry-run-steps";
import { loadPostImages } from "@/lib/media/load-images";
import { msg, renderText, type Text } from "@/lib/i18n/render-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { BuiltRequest, PublishPayload } from "@/lib/networks/publisher";

export interface DryRunResult {
  post_id: string;
  brand: string;
  brand_name: string;
  platform: PostNetwork;
  /** when it goes out: a run now leaves a post whose time has not come for then */
  scheduled_at: string;
  status: "would_publish" | "already_published" | "invalid" | "blocked";
  /** the brand has no live connection for the network: the requests go to the sandbox, not the network */
  sandbox: boolean;
  length: number;
  limit: number;
  problems: string[];
  request: { method: string; url: string; headers: Record<string, string>; body: string } | null;
  /** every request in order when the post takes several (carousel uploads, thread parts); `request` is the post */
  requests: LabeledRequest[];
}

function redact(text: string, secret: string) {
  return secret.length >= 8 ? text.split(secret).join("[redacted]") : text;
}

function redactRequest(built: BuiltRequest, { accessToken }: { accessToken: string }): BuiltRequest {
  const headers = Object.fromEntries(
    Object.entries(built.headers).map(([k, v]) => [
      k,
      k.toLowerCase() === "authorization" ? "Bearer [redacted]" : redact(v, accessToken),
    ]),
  );
  return { method: built.method, url: redact(built.url, accessToken), headers, body: redact(built.body, accessToken) };
}

/** Renders the exact HTTP requests a run would send, checks them against each network's limits, and sends nothing. */
export async function dryRunScope(
  deps: OrchestratorDeps,
  scope: RunScope,
  locale: Locale = DEFAULT_LOCALE,
): Promise<DryRunResult[]> {
  const say = (t: Text) => renderText(t, locale);
  const now = deps.clock();
  const ids = await deps.db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT p.id FROM "Post" p JOIN "Brand" b ON b.id = p."brandId"
    WHERE p.status IN ('approved', 'published') AND ${scopeConditions(scope, now)}
    ORDER BY b.slug, p.platform`);
  const posts = await deps.db.post.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    include: { brand: true, publication: true },
    orderBy: [{ brandId: "asc" }, { platform: "asc" }],
  });
  const out: DryRunResult[] = [];
  for (const post of posts) {
    const network = post.platform as PostNetwork;
    const pkg = buildContentPackage(post, post.brand);
    const length = measureLength(network, pkg.payload.text);
    const limit = NETWORK_LIMITS[network];
    const problems: string[] = [];
    if (!pkg.payload.text.trim()) problems.push(say(msg("dryRun.empty")));
    if (length > limit) problems.push(say(msg("dryRun.tooLong", { length, network: NETWORK_NAMES[network], limit })));
    const channel = await deps.channels(post.brandId, network);
    if (channel.blocked) problems.push(channel.blocked);
    const auth = { accountId: channel.accountId, accessToken: channel.accessToken };
    const build = (payload: PublishPayload) =>
      redactRequest(channel.publisher.buildRequest({ payload, ...auth, contentHash: post.contentHash }, REDACT), auth);
    const buildComment = (postId: string, text: string) => {
      const built = channel.publisher.buildComment?.({ ...auth, postId, text }, REDACT);
      return built ? redactRequest(built, auth) : null;
    };
    const library = await loadPostImages(deps.db, deps.mediaStorage, post.mediaIds);
    if (library.problem) problems.push(library.problem);
    const requests = await plannedRequests(
      {
        platform: network,
        slides: post.slides,
        parts: post.parts,
        firstComment: post.firstComment,
        brand: post.brand,
        library: library.problem ? [] : library.images,
      },
      pkg.payload,
      channel,
      build,
      buildComment,
    );
    const { label: _label, ...request } = requests.find((r) => r.label.key === "dryRun.post")!;
    const alreadyPublished = post.publication?.state === "published";
    out.push({
      post_id: post.id,
      brand: post.brand.slug,
      brand_name: post.brand.name,
      platform: network,
      scheduled_at: post.scheduledAt.toISOString(),
      sandbox: channel.publisher.network === "sandbox",
      status: alreadyPublished
        ? "already_published"
        : channel.blocked
          ? "blocked"
          : problems.length
            ? "invalid"
            : "would_publish",
      length,
      limit,
      problems,
      request,
      requests:
        requests.length > 1
          ? requests.map((r) => ({ ...r, label: say(r.label), url: redact(r.url, channel.accessToken) }))
          : [],
    });
  }
  return out;
}
