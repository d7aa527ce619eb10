"use client";

import { useLocale, useTranslations } from "next-intl";
import { pillarName } from "@/lib/strategy/display-names";

import { IntentLink } from "@/components/ui/intent-link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { networkLabel } from "@/components/charts/network-colors";
import { ErrorBox, Skeleton } from "@/components/analytics/states";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useFormats } from "@/components/i18n/formats";
import { SentimentBadge } from "./sentiment-badge";
import { CommentReplies } from "./comment-replies";
import { rangeProblem } from "./conversation-range";
import { RangeFilter } from "./range-filter";
import { RangeSentiment } from "./range-sentiment";
import { useComments, type ConversationFilters, type HeardComment } from "./use-listening";

const NETWORKS = ["linkedin", "facebook", "x"];
const SENTIMENTS = ["positive", "neutral", "negative"];

/** The comments heard under the brand's posts over a range of its days (or one post's whole conversation), newest first. */
export function ConversationsView({
  filters,
  today,
  canReply,
}: {
  filters: ConversationFilters;
  today: string;
  /** editors and up answer in the brand's name */
  canReply: boolean;
}) {
  const t = useTranslations("listening.conversations");
  const f = useFormats();
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const { from, to } = filters;
  // A range from a hand-edited or stale link is explained by the range filter instead of asked for.
  const valid = from === null || to === null || !rangeProblem(from, to);
  const query = useComments(filters, { enabled: valid });
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    router.replace(`${path}?${next.toString()}`);
  };
  const first = query.data?.pages[0];
  const comments = query.data?.pages.flatMap((p) => p.comments) ?? [];
  const range = from && to ? f.range(from, to) : null;
  const filtered = !!(filters.platform || filters.sentiment || filters.unanswered);
  // only "Unanswered only" on, and nothing left: the team has worked the list down
  const inboxZero = filters.unanswered && !filters.platform && !filters.sentiment;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3" role="group" aria-label={t("filters")}>
        <RangeFilter key={`${from}|${to}`} range={{ from, to }} today={today} onApply={(r) => set(r)} />
        <label className="text-xs text-slate-600">
          {t("network")}
          <select
            aria-label={t("network")}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            value={filters.platform ?? ""}
            onChange={(e) => set({ platform: e.target.value || null })}
          >
            <option value="">{t("allNetworks")}</option>
            {NETWORKS.map((n) => (
              <option key={n} value={n}>
                {networkLabel(n)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="text-xs text-slate-600">
          <legend>{t("sentiment")}</legend>
          <div className="mt-1 flex gap-1">
            {[null, ...SENTIMENTS].map((s) => (
              <button
                key={s ?? "all"}
                type="button"
                aria-pressed={filters.sentiment === s}
                onClick={() => set({ sentiment: s })}
                className={`rounded-md border px-2.5 py-1 text-sm capitalize ${filters.sentiment === s ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
              >
                {t(`sentiments.${s ?? "all"}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-2 self-end pb-1 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={filters.unanswered}
            onChange={(e) => set({ answered: e.target.checked ? "no" : null })}
          />
          {t("unanswered")}
        </label>
        {filters.post ? (
          <p className="text-sm text-slate-600">
            {t("onePost")}{" "}
            <button type="button" className="text-brand-700 underline" onClick={() => set({ post: null })}>
              {t("everyPost")}
            </button>
          </p>
        ) : null}
      </div>
      {first?.collection_issues.length ? (
        <div role="status" className="rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {first.collection_issues.map((i) => (
            <p key={i.platform} data-testid={`collection-issue-${i.platform}`}>
              <strong>{t("networkLead", { network: networkLabel(i.platform) })}</strong> {i.message}
            </p>
          ))}
        </div>
      ) : null}
      {valid && from && to && !filters.post ? (
        <RangeSentiment brand={filters.brand} from={from} to={to} platform={filters.platform} />
      ) : null}
      {!valid ? null : query.error ? (
        <ErrorBox title={t("error")} error={query.error} onRetry={() => query.refetch()} />
      ) : query.isPending ? (
        <div className="space-y-2" aria-busy aria-label={t("loading")}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-20" />
          ))}
        </div>
      ) : comments.length === 0 ? (
        <div data-testid="conversations-empty">
          <EmptyState title={t(emptyKeys(inboxZero, filtered, range)[0])}>
            {t(emptyKeys(inboxZero, filtered, range)[1], { range: range ?? "" })}
          </EmptyState>
        </div>
      ) : (
        <>
          <ul className="space-y-2" data-testid="comment-list">
            {comments.map((c) => (
              <CommentRow key={c.id} c={c} timezone={first!.timezone} canReply={canReply} />
            ))}
          </ul>
          {query.hasNextPage ? (
            <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
              {query.isFetchingNextPage ? t("loadingMore") : t("loadMore")}
            </Button>
          ) : (
            <p className="text-xs text-slate-500">{range ? t("allRange", { range }) : t("allPost")}</p>
          )}
        </>
      )}
    </div>
  );
}

/** What an empty list says: the list is worked down, the filters hide everything, or nothing was heard. */
function emptyKeys(inboxZero: boolean, filtered: boolean, range: string | null) {
  if (inboxZero)
    return range ? (["allAnswered", "allAnsweredRange"] as const) : (["allAnswered", "allAnsweredPost"] as const);
  if (filtered) return range ? (["noMatch", "noMatchRange"] as const) : (["noMatch", "noMatchPost"] as const);
  return range ? (["noneInRange", "noneInRangeBody"] as const) : (["noneYet", "noneYetBody"] as const);
}

function CommentRow({ c, timezone, canReply }: { c: HeardComment; timezone: string; canReply: boolean }) {
  const t = useTranslations("listening.conversations");
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(locale, {
    hourCycle: "h23",
    timeZone: timezone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(c.created_at));
  return (
    <li data-testid="comment" data-sentiment={c.sentiment} className="rounded-xl border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-baseline gap-2 text-sm">
        <SentimentBadge sentiment={c.sentiment} />
        <span className="font-medium text-slate-900">{c.author_name}</span>
        <span className="text-xs text-slate-500">
          {networkLabel(c.platform)} · {when}
          {c.labelled_by === "writer" ? ` · ${t("byWriter")}` : ""}
        </span>
        {c.url ? (
          <a
            href={c.url}
            target="_blank"
            rel="noopener noreferrer"
            className="ml-auto text-xs font-medium text-brand-700 underline"
          >
            {t("openOn", { network: networkLabel(c.platform) })}
          </a>
        ) : null}
      </div>
      <p
        className="mt-1 whitespace-pre-line text-sm text-slate-800"
        lang={c.language === "und" ? undefined : c.language}
      >
        {c.text}
      </p>
      <p className="mt-1 truncate text-xs text-slate-500">
        {t.rich("onPost", {
          link: (chunks) => (
            <IntentLink className="underline" href={c.post.calendar_url}>
              {chunks}
            </IntentLink>
          ),
          pillar: pillarName(c.post.pillar, locale),
          excerpt: c.post.excerpt,
        })}
      </p>
      <CommentReplies c={c} canReply={canReply} />
    </li>
  );
}
