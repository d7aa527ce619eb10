"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { PostDto } from "@/lib/plans/post-dto";
import { wordDiff } from "@/lib/history/word-diff";
import { useVersions } from "./use-calendar-data";

const REASON: Record<string, string> = {
  generate: "Generated",
  edit: "Edited",
  move: "Moved",
  approve: "Approved",
  unapprove: "Back to draft",
  skip: "Skipped",
  submit: "Submitted for review",
  request_changes: "Changes requested",
  regenerate: "Regenerated",
  suggestion: "Suggestion",
  signal_adapt: "Adapted to news",
  signal_suggest: "News suggestion",
  restore: "Restored",
  undo: "Undone",
  unrecorded: "Changed",
};

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
  const versions = useVersions(post.id, post.version);
  const [open, setOpen] = useState<string | null>(null);
  if (versions.isLoading) return <div className="h-20 animate-pulse rounded bg-slate-100" />;
  if (versions.error)
    return (
      <p role="alert" className="text-sm text-rose-700">
        {versions.error.message}
      </p>
    );
  const data = versions.data;
  if (!data) return null;
  return (
    <section data-testid="history-panel" aria-label="History" className="space-y-2">
      {!data.restorable ? (
        <p className="text-xs text-slate-500">
          This post is published: its history stays, but nothing replaces what was sent.
        </p>
      ) : null}
      <ol className="space-y-2">
        {data.versions.map((v) => {
          const diff = wordDiff(post.body, v.body);
          const changed = diff.some((d) => d.kind !== "same");
          const expanded = open === v.id;
          return (
            <li key={v.id} data-testid="history-version" className="rounded-md border border-slate-200 p-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{REASON[v.reason] ?? v.reason}</span>
                <span className="text-slate-500">
                  v{v.version} · {v.actor} · {new Date(v.created_at).toLocaleString()}
                </span>
                <span className="text-slate-500">
                  · {v.date} {v.time} · {v.status}
                </span>
                {v.current ? <span className="rounded bg-slate-100 px-1.5 text-xs">current</span> : null}
                <span className="ml-auto flex gap-1">
                  {!v.current ? (
                    <Button variant="ghost" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : v.id)}>
                      {expanded ? "Hide" : changed ? "Compare" : "Same text"}
                    </Button>
                  ) : null}
                  {canEdit && data.restorable && !v.current && !v.id.startsWith("current:") ? (
                    <Button
                      data-testid="restore-version"
                      variant="secondary"
                      disabled={restoring}
                      onClick={() => onRestore(v.id)}
                    >
                      Restore
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
                      <del
                        key={i}
                        className="bg-rose-100 text-rose-800"
                        title="in the current text, not in this version"
                      >
                        {d.text}
                      </del>
                    ) : (
                      <ins key={i} className="bg-emerald-100 text-emerald-800 no-underline" title="in this version">
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
      <p className="text-xs text-slate-500">
        Compare shows this version against the current text:{" "}
        <ins className="bg-emerald-100 text-emerald-800 no-underline">added</ins> back by a restore,{" "}
        <del className="bg-rose-100 text-rose-800">removed</del> by it.
      </p>
    </section>
  );
}
