"use client";

import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, ApiError, errorText } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { useFormats } from "@/components/i18n/formats";
import type { UpdatedPostExtrasResponse } from "@/app/api/posts/[id]/extras/route";
import type { PostDto } from "@/lib/plans/post-dto";
import { MAX_SLIDES, MEDIA_LIMITS, SLIDE_MAX_CHARS, type UpdatePostExtrasInput } from "@/lib/schemas/post-extras";
import { GenerateCard } from "@/components/media/generate-card";
import { MediaPicker } from "@/components/media/media-picker";
import { measureLength } from "@/lib/strategy/networks";
import { NetworkPreview, type PreviewAccount } from "./network-preview";
import { OrderedTextsEditor } from "./ordered-texts-editor";
import { SlideTile } from "./carousel-preview";
import { sameList, useDraft } from "./use-draft";

const X_LIMIT = 280;
const COMMENT_LIMIT = { linkedin: 1250, facebook: 1250, x: X_LIMIT } as const;

/**
 * An X thread edited part by part (part 1 is the post text above), a LinkedIn or Facebook carousel slide
 * by slide, each with its own preview, the images, and the optional first comment (on X, a reply).
 */
export function PostExtrasEditor({
  post,
  body,
  brandName,
  brandColors,
  account,
  canEdit,
  onDirtyChange,
}: {
  post: PostDto;
  /** the post text as currently typed: part 1 of a thread */
  body: string;
  brandName: string;
  brandColors?: { primary_color: string | null; accent_color: string | null } | null;
  account: PreviewAccount | null;
  canEdit: boolean;
  /** whether the images, thread, slides or comment hold changes not saved yet */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const t = useTranslations("extras");
  const qc = useQueryClient();
  const savedReplies = useMemo(() => post.parts.slice(1), [post.parts]);
  const [replies, setReplies] = useDraft<string[]>(savedReplies, post.id, sameList);
  const [comment, setComment] = useDraft(post.first_comment ?? "", post.id);
  const [media, setMedia] = useDraft<string[]>(post.media_ids, post.id, sameList);
  const [slides, setSlides] = useDraft<string[]>(post.slides, post.id, sameList);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (input: UpdatePostExtrasInput) =>
      apiFetch<UpdatedPostExtrasResponse>(`/api/posts/${post.id}/extras`, { method: "PUT", body: input }),
    onSuccess: (saved) => {
      setError(null);
      // as saved (trimmed): the fields are clean again
      setReplies(saved.parts.slice(1));
      setComment(saved.first_comment ?? "");
      setMedia(saved.media_ids);
      setSlides(saved.slides);
      // The editor reads the post from the calendar's cache: put the new version there at once, so the
      // next action (Approve) is made against it rather than the version it replaced.
      qc.setQueriesData<{ posts: PostDto[] }>({ queryKey: ["posts"] }, (d) =>
        d?.posts ? { ...d, posts: d.posts.map((p) => (p.id === saved.id ? (saved as PostDto) : p)) } : d,
      );
      void qc.invalidateQueries({ queryKey: ["posts"] });
    },
    onError: (e) => setError(e instanceof ApiError ? errorText(e) : t("couldNotSave")),
  });
  const locked = !canEdit || post.status === "published";
  const isX = post.platform === "x";
  const over = (text: string, limit: number) => measureLength(post.platform, text) > limit;
  const commentLimit = COMMENT_LIMIT[post.platform];
  const f = useFormats();
  const dirty =
    !sameList(replies, savedReplies) ||
    comment !== (post.first_comment ?? "") ||
    !sameList(media, post.media_ids) ||
    !sameList(slides, post.slides);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const carouselProblem =
    slides.length === 1
      ? t("carousel.tooFew")
      : post.platform === "linkedin" && slides.length && media.length
        ? t("carousel.linkedinImage")
        : post.platform === "facebook" && slides.length + media.length > MAX_SLIDES
          ? t("carousel.facebookMax", { max: MAX_SLIDES })
          : null;
  // Why Save is off, said next to it: the field at fault may be scrolled out of view.
  const emptyPart = replies.findIndex((r) => !r.trim());
  const longPart = replies.findIndex((r) => over(r, X_LIMIT));
  const badSlide = slides.findIndex((x) => !x.trim() || x.length > SLIDE_MAX_CHARS);
  const blocker =
    emptyPart >= 0
      ? t("why.emptyPart", { n: emptyPart + 2 })
      : longPart >= 0
        ? t("why.longPart", { n: longPart + 2, limit: X_LIMIT })
        : badSlide >= 0
          ? t("why.badSlide", { n: badSlide + 1, limit: SLIDE_MAX_CHARS })
          : (carouselProblem ??
            (over(comment, commentLimit)
              ? t("why.longComment", { limit: commentLimit })
              : isX && over(body, X_LIMIT)
                ? t("why.longBody", { limit: X_LIMIT })
                : null));
  const invalid = blocker !== null;
  const colors = {
    name: brandName,
    primaryColor: brandColors?.primary_color ?? null,
    accentColor: brandColors?.accent_color ?? null,
  };

  return (
    <section data-testid="post-extras" className="space-y-3 rounded-lg border border-slate-200 p-3">
      <div>
        <h3 className="text-sm font-semibold text-slate-700">{t("images")}</h3>
        <MediaPicker
          brandRef={brandName}
          selected={media}
          limit={MEDIA_LIMITS[post.platform]}
          limitNote={t(`mediaNote.${post.platform}`)}
          disabled={locked}
          onChange={setMedia}
        />
        {!locked ? (
          <GenerateCard
            post={post}
            brandRef={brandName}
            blockedBy={
              dirty || body !== post.body
                ? t("saveFirst")
                : post.media_ids.length >= MEDIA_LIMITS[post.platform]
                  ? t("full")
                  : null
            }
          />
        ) : null}
      </div>
      {isX ? (
        <div className="space-y-2">
          <div className="flex items-center justify-between">
            <h3 className="text-sm font-semibold text-slate-700">
              {replies.length ? t("threadParts", { count: replies.length + 1 }) : t("thread")}
            </h3>
            {!locked ? (
              <Button data-testid="add-thread-part" variant="secondary" onClick={() => setReplies((rs) => [...rs, ""])}>
                {t("addPart")}
              </Button>
            ) : null}
          </div>
          <p className="text-xs text-slate-600">{t("threadHelp", { limit: X_LIMIT })}</p>
          <OrderedTextsEditor
            noun="part"
            items={replies}
            onChange={setReplies}
            firstNumber={2}
            limit={X_LIMIT}
            measure={(t) => measureLength("x", t)}
            disabled={locked}
            testId="thread-part"
            previewTestId="thread-preview"
            preview={(text) => (
              <NetworkPreview network="x" body={text} brandName={brandName} account={account} link={null} />
            )}
          />
        </div>
      ) : (
        <div className="space-y-2">
          <div className="flex items-center justify-between">
            <h3 className="text-sm font-semibold text-slate-700">
              {slides.length ? t("carousel.slides", { count: slides.length }) : t("carousel.title")}
            </h3>
            {!locked && slides.length < MAX_SLIDES ? (
              <Button
                data-testid="add-slide"
                variant="secondary"
                onClick={() => setSlides((ss) => (ss.length ? [...ss, ""] : [post.hook || body.split("\n")[0]!, ""]))}
              >
                {slides.length ? t("carousel.addSlide") : t("carousel.make")}
              </Button>
            ) : null}
          </div>
          <p className="text-xs text-slate-600">
            {t(`carousel.note.${post.platform === "linkedin" ? "linkedin" : "facebook"}`)}
          </p>
          <OrderedTextsEditor
            noun="slide"
            items={slides}
            onChange={setSlides}
            limit={SLIDE_MAX_CHARS}
            measure={(t) => t.length}
            disabled={locked}
            testId="slide"
            previewTestId="slide-preview"
            preview={(_, i) => (
              <div className="w-40">
                <SlideTile text={slides[i]!} index={i} count={slides.length} brand={colors} />
              </div>
            )}
          />
          {carouselProblem ? <p className="text-xs text-rose-700">{carouselProblem}</p> : null}
        </div>
      )}
      <label className="block">
        <span className="flex items-center justify-between text-sm font-medium text-slate-700">
          {t("firstComment")}
          <span className="text-xs text-slate-500">
            {f.number(measureLength(post.platform, comment))} / {f.number(commentLimit)}
          </span>
        </span>
        <textarea
          data-testid="first-comment"
          value={comment}
          disabled={locked}
          onChange={(e) => setComment(e.target.value)}
          rows={2}
          placeholder={isX ? t("firstCommentX") : t("firstCommentOther")}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </label>
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      {!locked ? (
        <Button
          data-testid="save-extras"
          disabled={!dirty || invalid || save.isPending}
          onClick={() =>
            save.mutate({
              version: post.version,
              ...(isX ? { parts: [body, ...replies] } : { slides }),
              first_comment: comment.trim() || null,
              media_ids: media,
            })
          }
        >
          {save.isPending ? t("saving") : isX ? t("save") : t("saveCarousel")}
        </Button>
      ) : null}
      {!locked && dirty && blocker ? (
        <p data-testid="extras-blocker" className="text-sm text-rose-700">
          {blocker}
        </p>
      ) : null}
    </section>
  );
}
