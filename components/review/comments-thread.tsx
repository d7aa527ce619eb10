"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useAddComment, useComments } from "./use-review";

export function CommentsThread({ postId, brand }: { postId: string; brand: string }) {
  const t = useTranslations("review.comments");
  const f = useFormats();
  const comments = useComments(postId);
  const add = useAddComment(brand, postId);
  const [text, setText] = useState("");
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (text.trim()) add.mutate(text, { onSuccess: () => setText("") });
  }
  // Pages come newest first; each page is oldest first.
  const rows = [...(comments.data?.pages ?? [])].reverse().flatMap((p) => p.comments);
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">
        {t("title")}
        {rows.length ? ` (${rows.length}${comments.hasNextPage ? "+" : ""})` : ""}
      </h3>
      {comments.hasNextPage ? (
        <Button
          variant="ghost"
          data-testid="older-comments"
          disabled={comments.isFetchingNextPage}
          onClick={() => void comments.fetchNextPage()}
        >
          {t("older")}
        </Button>
      ) : null}
      <ul data-testid="comments" className="space-y-2">
        {rows.map((c) => (
          <li key={c.id} className="rounded bg-slate-50 px-3 py-2 text-sm">
            <p className="text-xs text-slate-500">
              <strong className="text-slate-700" title={c.author_name ? c.author : undefined}>
                {c.author_name ?? c.author}
              </strong>
              {t.has(`kind.${c.kind}`) ? ` ${t(`kind.${c.kind}`)}` : ""} · {f.dateTime(c.created_at)}
            </p>
            {c.body ? <p className="whitespace-pre-wrap">{c.body}</p> : null}
          </li>
        ))}
      </ul>
      <form method="post" onSubmit={onSubmit} className="flex gap-2">
        <input
          data-testid="comment-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("placeholder")}
          className="flex-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
        <Button type="submit" variant="secondary" disabled={add.isPending || !text.trim()}>
          {t("submit")}
        </Button>
      </form>
      {add.error ? (
        <p role="alert" className="text-sm text-rose-600">
          {add.error.message}
        </p>
      ) : null}
    </div>
  );
}
