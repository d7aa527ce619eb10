"use client";

import { useTranslations } from "next-intl";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { PostDto } from "@/lib/plans/post-dto";
import { CommentsThread } from "./comments-thread";
import { useReviewDecision, useSubmit } from "./use-review";

export interface ReviewSettings {
  approvalRequired: boolean;
  canApprove: boolean;
  userId: string | null;
}

/** Submit, approve or request changes (with review on), and the post's comment thread. */
export function ReviewSection({
  post,
  brand,
  settings,
  canEdit,
  onChanged,
}: {
  post: PostDto;
  brand: string;
  settings: ReviewSettings;
  canEdit: boolean;
  /** offers Undo for a decision or a submit, like every other change to posts */
  /** changeId is missing when nothing changed: then there is nothing to undo */
  onChanged: (message: string, changeId: string | undefined) => void;
}) {
  const t = useTranslations("review");
  const [comment, setComment] = useState("");
  const decision = useReviewDecision(brand, post.id);
  const submit = useSubmit(brand);
  const ownVersion = settings.userId !== null && post.last_editor_id === settings.userId;
  const error = decision.error?.message ?? submit.error?.message ?? null;
  return (
    <section aria-label={t("label")} className="space-y-3 rounded-lg border border-slate-200 p-3">
      {settings.approvalRequired ? (
        <div className="space-y-2">
          {canEdit && post.status === "draft" ? (
            <Button
              data-testid="submit-post"
              variant="secondary"
              disabled={submit.isPending}
              onClick={() =>
                submit.mutate(
                  { brand, from: post.date, to: post.date, platforms: [post.platform] },
                  { onSuccess: (r) => onChanged(t("submitted"), r.change_id) },
                )
              }
            >
              {t("submit")}
            </Button>
          ) : null}
          {settings.canApprove && post.status === "in_review" ? (
            <>
              <textarea
                data-testid="review-comment"
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                placeholder={t("placeholder")}
                rows={2}
                className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
              <div className="flex flex-wrap items-center gap-2">
                <Button
                  data-testid="review-approve"
                  disabled={decision.isPending || ownVersion}
                  title={ownVersion ? t("ownVersionTitle") : undefined}
                  onClick={() =>
                    decision.mutate(
                      { decision: "approve", comment: comment || undefined, version: post.version },
                      { onSuccess: (r) => onChanged(t("approved"), r.change_id) },
                    )
                  }
                >
                  {t("approve")}
                </Button>
                <Button
                  data-testid="review-request-changes"
                  variant="secondary"
                  disabled={decision.isPending || comment.trim() === ""}
                  onClick={() =>
                    decision.mutate(
                      { decision: "request_changes", comment, version: post.version },
                      {
                        onSuccess: (r) => {
                          setComment("");
                          onChanged(t("changesRequested"), r.change_id);
                        },
                      },
                    )
                  }
                >
                  {t("requestChanges")}
                </Button>
                {ownVersion ? <span className="text-xs text-slate-500">{t("ownVersion")}</span> : null}
              </div>
            </>
          ) : null}
          {post.status === "in_review" && !settings.canApprove ? (
            <p className="text-sm text-amber-800">{t("waiting")}</p>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <CommentsThread postId={post.id} brand={brand} />
    </section>
  );
}
