"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, errorText } from "@/components/api-client";
import { describeResults } from "@/lib/orchestration/describe-results";
import type { PostDto } from "@/lib/plans/post-dto";
import { NETWORK_NAME } from "./post-chip";
import { useRegenerate, useRestore, useRetryPost, useSuggestion, useUpdatePost } from "./use-calendar-data";

/**
 * The open post's editor: which action is running, the error to show in the panel, and the mutations behind
 * its buttons. A drag in the grid goes through `change` too, so the panel stays disabled while a post moves.
 */
export function usePostEditor({
  brand,
  from,
  to,
  setStatus,
  refuse,
  offerUndo,
  closePost,
}: {
  brand: string;
  from: string;
  to: string;
  setStatus: (message: string) => void;
  /** a refused or failed change, shown as one */
  refuse: (message: string) => void;
  offerUndo: (message: string, changeId: string | string[], refused?: boolean) => void;
  closePost: () => void;
}) {
  const t = useTranslations("calendar.editorDone");
  const tr = useTranslations("runs.results");
  const update = useUpdatePost(brand, from, to);
  const regenerate = useRegenerate(brand);
  const suggestion = useSuggestion(brand);
  const restore = useRestore(brand);
  const retry = useRetryPost(brand);
  const [askReplace, setAskReplace] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const change = (body: Parameters<typeof update.mutate>[0], label: string, done?: string) => {
    setBusy(label);
    setError(null);
    update.mutate(body, {
      onError: (err) => {
        if (label === "move") return refuse(errorText(err));
        const version = label === "save" ? staleVersion(err) : null;
        setError(version ? t("conflictKept", { version }) : errorText(err));
      },
      onSuccess: (r) => {
        if (!done) return;
        if (label === "save") setStatus(done);
        else offerUndo(done, r.change_id);
      },
      onSettled: () => setBusy(null),
    });
  };

  /**
   * Posts moved as one action (a week to its best times): one after another, so each optimistic move and its
   * rollback see the ones before; one Undo for all, and a refused one said, not lost among the others.
   */
  const moveMany = async (moves: { id: string; version: number; time: string }[], done: (count: number) => string) => {
    setBusy("move");
    const changeIds: string[] = [];
    let refusal: string | null = null;
    for (const m of moves) {
      try {
        changeIds.push((await update.mutateAsync(m)).change_id);
      } catch (e) {
        refusal ??= errorText(e as Error);
      }
    }
    setBusy(null);
    if (!changeIds.length) return refuse(refusal!);
    offerUndo(refusal ? `${done(changeIds.length)} ${refusal}` : done(changeIds.length), changeIds, !!refusal);
  };

  const actionsFor = (open: PostDto) => ({
    close: () => {
      setError(null);
      setAskReplace(false);
      closePost();
    },
    /** `changedUnder`: the saved text changed since the person started typing; they are told, nothing is saved. */
    save: (body: string, changedUnder = false) => {
      if (changedUnder) setError(t("conflictKept", { version: open.version }));
      else change({ id: open.id, body, version: open.version }, "save", t("saved"));
    },
    setStatus: (s: "draft" | "approved" | "skipped") => {
      // Approved after its time, a post goes out at the next run, late (or is marked missed when too old).
      const late = s === "approved" && new Date(open.scheduled_at) < new Date();
      change(
        { id: open.id, status: s, version: open.version },
        "status",
        late ? t("approvedLate") : t("marked", { status: s }),
      );
    },
    regenerate: (replace?: boolean) => {
      setBusy("regenerate");
      setError(null);
      setAskReplace(false);
      regenerate.mutate(
        { id: open.id, version: open.version, replace },
        {
          onSuccess: (r) => offerUndo(t("regenerated", { network: NETWORK_NAME[open.platform] }), r.change_id),
          onError: (e) => {
            setError(e.message);
            setAskReplace(e instanceof ApiError && e.body.code === "conflict" && !!replaceRequired(e));
          },
          onSettled: () => setBusy(null),
        },
      );
    },
    retry: () => {
      setBusy("retry");
      setError(null);
      retry.mutate(
        { date: open.date, platform: open.platform },
        {
          onSuccess: (r) => setStatus(describeResults(r.results, open.platform, tr)),
          onError: (e) => setError(e.message),
          onSettled: () => setBusy(null),
        },
      );
    },
    restore: (versionId: string) => {
      setBusy("restore");
      setError(null);
      restore.mutate(
        { id: open.id, version_id: versionId, version: open.version },
        {
          onSuccess: (r) => offerUndo(r.kept_schedule ? t("restoredKeptDate") : t("restored"), r.change_id),
          onError: (e) => setError(e.message),
          onSettled: () => setBusy(null),
        },
      );
    },
    suggestion: (action: "accept" | "dismiss") =>
      suggestion.mutate({ id: open.id, version: open.version, action }, { onError: (e) => setError(e.message) }),
  });

  return { busy, error, askReplace, change, moveMany, actionsFor };
}

function replaceRequired(e: ApiError): boolean {
  const d = e.body.details as { replace_required?: boolean } | undefined;
  return d?.replace_required === true;
}

/** The post's version now, when a save was refused because someone saved it first. */
function staleVersion(e: Error): number | null {
  if (!(e instanceof ApiError) || e.body.code !== "conflict") return null;
  const d = e.body.details as { current_version?: number } | undefined;
  return d?.current_version ?? null;
}
