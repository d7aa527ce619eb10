"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useDialog } from "@/components/ui/use-dialog";
import { useFormats } from "@/components/i18n/formats";
import { RescheduleForm } from "./reschedule-form";
import { BestTimesList } from "./best-times";
import type { BestTimesResponse } from "@/app/api/brands/[brand]/best-times/route";
import type { PostDto } from "@/lib/plans/post-dto";
import { measureLength } from "@/lib/strategy/networks";
import { HistoryPanel } from "./history-panel";
import { NetworkPreview, type PreviewAccount } from "./network-preview";
import { NETWORK_NAME } from "./post-chip";
import { PostExtrasEditor } from "./post-extras-editor";
import { PostFacts } from "./post-facts";
import { useEditorText } from "./use-draft";
import type { usePostEditor } from "./use-post-editor";
import { FailureAdvice } from "@/components/runs/failure-advice";

type EditorActions = ReturnType<ReturnType<typeof usePostEditor>["actionsFor"]> & {
  move: (date: string, time: string) => void;
};

export function EditorPanel({
  post,
  brandName,
  brandColors,
  timeZone,
  today,
  account,
  onPreviewDay,
  best,
  bestTime,
  busy,
  error,
  askReplace,
  canEdit,
  canApprove,
  review,
  actions,
  onUnsavedChange,
}: {
  post: PostDto;
  brandName: string;
  /** the brand's card colors, for the slide previews; without them the default colors */
  brandColors?: { primary_color: string | null; accent_color: string | null };
  timeZone: string;
  today: string;
  /** the connected account, when the network is connected */
  account: PreviewAccount | null;
  onPreviewDay: () => void;
  best: BestTimesResponse["networks"];
  /** the best time on the post's day, when it is not there already */
  bestTime: string | null;
  busy: string | null;
  error: string | null;
  /** the server refused to regenerate a post with a person's work; offer to replace it on purpose */
  askReplace: boolean;
  canEdit: boolean;
  /** false with review on: approvers sign off in the review section, editors never do */
  canApprove: boolean;
  /** the review controls and the comment thread */
  review?: ReactNode;
  actions: EditorActions;
  /** whether the panel holds typing or extras not saved yet (closing or switching posts asks first) */
  onUnsavedChange: (unsaved: boolean) => void;
}) {
  const t = useTranslations("editor");
  const ts = useTranslations("status");
  const f = useFormats();
  const { body, setBody, textDirty, setExtrasDirty, replacingText, saveWith } = useEditorText(post, onUnsavedChange);
  const [showHistory, setShowHistory] = useState(false);
  const ref = useDialog<HTMLElement>(actions.close);
  const length = measureLength(post.platform, body);
  const over = length > post.limit;
  const locked = post.status === "published" || !canEdit;
  const suggestion = post.suggestion as { body: string; reason: string } | null;

  return (
    <aside
      ref={ref}
      data-testid="editor-panel"
      role="dialog"
      aria-modal="true"
      aria-label={t("label", { network: NETWORK_NAME[post.platform], date: post.date })}
      className="fixed inset-y-0 right-0 z-40 flex w-full max-w-xl flex-col overflow-y-auto border-l border-slate-200 bg-white shadow-2xl"
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-5 py-3">
        <div>
          <h2 className="font-semibold">
            {t("heading", { network: NETWORK_NAME[post.platform], date: f.day(post.date, true), time: post.time })}
          </h2>
          <p className="text-xs text-slate-500">
            {t.rich("statusLine", {
              status: ts(post.status),
              version: post.version,
              strong: (c) => <strong>{c}</strong>,
            })}
            {post.edited_by_human ? ` · ${t("editedByPerson")}` : ""}
          </p>
        </div>
        <Button variant="ghost" aria-label={t("close")} onClick={actions.close}>
          ✕
        </Button>
      </header>
      <div className="space-y-4 p-5">
        {post.publication ? (
          <FailureAdvice
            failure={post.publication}
            timeZone={timeZone}
            className="rounded-lg border border-rose-200 bg-rose-50 p-3"
          />
        ) : null}
        {suggestion ? (
          <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
            <p className="font-medium">{t("suggestion", { reason: suggestion.reason })}</p>
            <p className="mt-1 whitespace-pre-wrap text-slate-700">{suggestion.body}</p>
            {canEdit ? (
              <div className="mt-2 flex gap-2">
                <Button onClick={replacingText(() => actions.suggestion("accept"))}>{t("useIt")}</Button>
                <Button variant="secondary" onClick={() => actions.suggestion("dismiss")}>
                  {t("dismiss")}
                </Button>
              </div>
            ) : null}
          </div>
        ) : null}
        <label className="block">
          <span className="flex items-center justify-between text-sm font-medium text-slate-700">
            {t("postText")}
            <span
              data-testid="char-counter"
              aria-live="polite"
              className={over ? "font-semibold text-rose-600" : "text-slate-500"}
            >
              {f.number(length)} / {f.number(post.limit)}
            </span>
          </span>
          <textarea
            data-testid="editor-body"
            dir="auto"
            value={body}
            disabled={locked}
            onChange={(e) => setBody(e.target.value)}
            rows={post.platform === "x" ? 6 : 12}
            className={`mt-1 w-full rounded-md border px-3 py-2 text-sm ${over ? "border-rose-400" : "border-slate-300"}`}
          />
        </label>
        {over && !locked ? (
          <p data-testid="over-limit" className="text-sm text-rose-700">
            {t("overLimit", { count: length - post.limit, network: NETWORK_NAME[post.platform], limit: post.limit })}
          </p>
        ) : null}
        {error ? (
          <div role="alert" data-testid="editor-error" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-700">
            {error}
            {askReplace ? (
              <Button
                data-testid="regenerate-replace"
                variant="danger"
                className="ml-2"
                disabled={!!busy}
                onClick={replacingText(() => actions.regenerate(true))}
              >
                {t("replaceIt")}
              </Button>
            ) : null}
          </div>
        ) : null}
        {canEdit && post.status !== "published" ? (
          <div className="flex flex-wrap gap-2">
            <Button
              data-testid="save-post"
              disabled={over || body === post.body || !!busy}
              onClick={() => saveWith(actions.save)}
            >
              {busy === "save" ? t("saving") : t("save")}
            </Button>
            {textDirty ? (
              <Button data-testid="discard-text" variant="ghost" disabled={!!busy} onClick={() => setBody(post.body)}>
                {t("discard")}
              </Button>
            ) : null}
            {post.status === "failed" ? (
              // A failed post was approved already: it needs a retry or an edit, not another approval.
              <Button data-testid="retry-post" variant="secondary" disabled={!!busy} onClick={actions.retry}>
                {busy === "retry" ? t("retrying") : t("retry")}
              </Button>
            ) : (
              <>
                {post.status === "approved" ? (
                  <Button
                    data-testid="approve-post"
                    variant="secondary"
                    disabled={!!busy}
                    onClick={() => actions.setStatus("draft")}
                  >
                    {t("unapprove")}
                  </Button>
                ) : canApprove ? (
                  <Button
                    data-testid="approve-post"
                    variant="secondary"
                    disabled={!!busy || body !== post.body}
                    onClick={() => actions.setStatus("approved")}
                  >
                    {t("approve")}
                  </Button>
                ) : null}
                <Button
                  variant="ghost"
                  disabled={!!busy}
                  onClick={() => actions.setStatus(post.status === "skipped" ? "draft" : "skipped")}
                >
                  {post.status === "skipped" ? t("unskip") : t("skip")}
                </Button>
              </>
            )}
            <Button
              data-testid="regenerate-post"
              variant="ghost"
              disabled={!!busy}
              onClick={replacingText(() => actions.regenerate(false))}
            >
              {busy === "regenerate" ? t("regenerating") : t("regenerate")}
            </Button>
          </div>
        ) : null}
        <div>
          <Button
            data-testid="history-toggle"
            variant="secondary"
            aria-expanded={showHistory}
            onClick={() => setShowHistory((v) => !v)}
          >
            {showHistory ? t("hideHistory") : t("history")}
          </Button>{" "}
          <Button data-testid="preview-day" variant="secondary" onClick={onPreviewDay}>
            {t("previewDay")}
          </Button>
        </div>
        {canEdit && post.status !== "published" ? (
          <RescheduleForm
            post={post}
            timeZone={timeZone}
            today={today}
            busy={!!busy}
            onMove={actions.move}
            extra={
              <div className="w-full space-y-2">
                {bestTime ? (
                  <Button
                    data-testid="move-best-time"
                    variant="secondary"
                    disabled={!!busy || post.date < today}
                    onClick={() => actions.move(post.date, bestTime)}
                  >
                    {t("moveToBest", { time: bestTime })}
                  </Button>
                ) : null}
                <BestTimesList networks={best} only={post.platform} />
              </div>
            }
          />
        ) : null}
        {showHistory ? (
          <HistoryPanel
            post={post}
            canEdit={canEdit}
            restoring={busy === "restore"}
            onRestore={(id) => replacingText(() => actions.restore(id))()}
          />
        ) : null}
        {review}
        <NetworkPreview
          network={post.platform}
          body={body}
          brandName={brandName}
          account={account}
          link={post.link}
          mediaIds={post.media_ids}
          slides={post.slides}
          brandColors={brandColors}
        />
        <PostExtrasEditor
          post={post}
          body={body}
          brandName={brandName}
          brandColors={brandColors}
          account={account}
          canEdit={canEdit}
          onDirtyChange={setExtrasDirty}
        />
        <PostFacts post={post} />
      </div>
    </aside>
  );
}
