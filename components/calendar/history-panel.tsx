"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MoreButton } from "@/components/ui/more-button";
import type { PostDto } from "@/lib/plans/post-dto";
import { wordDiff } from "@/lib/history/word-diff";
import { useFormats } from "@/components/i18n/formats";
import { useVersions } from "./use-calendar-data";

/** The post's versions, newest first; each shows how its text differs from the current one. */
export function HistoryPanel({
  post,
  canEdit,
  restoring,
  onRestore,
}: {
  post: PostDto;
  canEdit: boolean;
  restoring: boolean;
  onRestore: (versionId: string) => void;
}) {
  const t = useTranslations("history");
  const ts = useTranslations("status");
  const f = useFormats();
  const versions = useVersions(post.id, post.version);
  const [open, setOpen] = useState<string | null>(null);
  if (versions.isLoading) return <div className="h-20 animate-pulse rounded bg-slate-100" />;
  if (versions.error)
    return (
      <p role="alert" className="text-sm text-rose-700">
        {versions.error.message}
      </p>
    );
  const pages = versions.data?.pages;
  if (!pages?.length) return null;
  const data = { restorable: pages[0].restorable, versions: pages.flatMap((p) => p.versions) };
  return (
    <section data-testid="history-panel" aria-label={t("label")} className="space-y-2">
      {!data.restorable ? <p className="text-xs text-slate-500">{t("published")}</p> : null}
      <ol className="space-y-2">
        {data.versions.map((v) => {
          const diff = wordDiff(post.body, v.body);
          const changed = diff.some((d) => d.kind !== "same");
          const expanded = open === v.id;
          return (
            <li key={v.id} data-testid="history-version" className="rounded-md border border-slate-200 p-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{t.has(`reason.${v.reason}`) ? t(`reason.${v.reason}`) : v.reason}</span>
                <span className="text-slate-500">
                  {t("versionLine", {
                    version: v.version,
                    actor: v.actor_name ?? v.actor,
                    at: f.dateTime(v.created_at),
                  })}
                </span>
                <span className="text-slate-500">
                  · {v.date} {v.time} · {ts.has(v.status) ? ts(v.status) : v.status}
                </span>
                {v.current ? <span className="rounded bg-slate-100 px-1.5 text-xs">{t("current")}</span> : null}
                <span className="ml-auto flex gap-1">
                  {!v.current ? (
                    <Button variant="ghost" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : v.id)}>
                      {expanded ? t("hide") : changed ? t("compare") : t("same")}
                    </Button>
                  ) : null}
                  {canEdit && data.restorable && !v.current && !v.id.startsWith("current:") ? (
                    <Button
                      data-testid="restore-version"
                      variant="secondary"
                      disabled={restoring}
                      onClick={() => onRestore(v.id)}
                    >
                      {t("restore")}
                    </Button>
                  ) : null}
                </span>
              </div>
              {expanded ? (
                <p
                  data-testid="history-diff"
                  className="mt-2 whitespace-pre-wrap rounded bg-slate-50 p-2 text-slate-800"
                >
                  {diff.map((d, i) =>
                    d.kind === "same" ? (
                      <span key={i}>{d.text}</span>
                    ) : d.kind === "removed" ? (
                      <del key={i} className="bg-rose-100 text-rose-800" title={t("removedTitle")}>
                        {d.text}
                      </del>
                    ) : (
                      <ins key={i} className="bg-emerald-100 text-emerald-800 no-underline" title={t("addedTitle")}>
                        {d.text}
                      </ins>
                    ),
                  )}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <MoreButton list={versions} label={t("older")} loading={t("loading")} testId="history-older" />
      <p className="text-xs text-slate-500">
        {t.rich("legend", {
          ins: (c) => <ins className="bg-emerald-100 text-emerald-800 no-underline">{c}</ins>,
          del: (c) => <del className="bg-rose-100 text-rose-800">{c}</del>,
        })}
      </p>
    </section>
  );
}
