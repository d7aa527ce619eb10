"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { MoreButton } from "@/components/ui/more-button";
import { SendError } from "@/components/listening/send-error";
import {
  type SavedReply,
  useCreateSavedReply,
  useDeleteSavedReply,
  useRestoreSavedReply,
  useSavedReplies,
  useUpdateSavedReply,
} from "@/components/listening/use-saved-replies";

/** The team's saved replies: written, edited and deleted here (a deletion can be undone). */
export function SavedRepliesPanel({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("savedReplies");
  const list = useSavedReplies();
  const create = useCreateSavedReply();
  const remove = useDeleteSavedReply();
  const restore = useRestoreSavedReply();
  const [deleted, setDeleted] = useState<SavedReply | null>(null);
  const replies = list.replies;
  return (
    <div className="space-y-4">
      {canEdit ? (
        <section className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{t("new")}</h2>
          <SavedReplyForm
            key={create.data?.id ?? "new"}
            submitLabel={t("add")}
            pending={create.isPending}
            error={create.error}
            onSubmit={(v) => create.mutate(v)}
          />
        </section>
      ) : null}
      {deleted ? (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
          {t("deleted", { title: deleted.title })}
          <Button
            variant="secondary"
            className="!px-2 !py-1 text-xs"
            disabled={restore.isPending}
            onClick={() => restore.mutate(deleted.id, { onSuccess: () => setDeleted(null) })}
          >
            {t("undo")}
          </Button>
        </p>
      ) : null}
      {list.isSuccess && replies.length === 0 ? (
        <p data-testid="saved-replies-empty" className="text-sm text-slate-600">
          {t("empty")}
        </p>
      ) : null}
      <ul className="space-y-2" aria-label={t("title")}>
        {replies.map((r) => (
          <SavedReplyRow
            key={r.id}
            r={r}
            canEdit={canEdit}
            onDelete={() => remove.mutate(r.id, { onSuccess: setDeleted })}
          />
        ))}
      </ul>
      <MoreButton list={list} label={t("more")} loading={t("loading")} testId="saved-replies-more" />
      <SendError error={remove.error ?? restore.error} />
    </div>
  );
}

function SavedReplyRow({ r, canEdit, onDelete }: { r: SavedReply; canEdit: boolean; onDelete: () => void }) {
  const t = useTranslations("savedReplies");
  const [editing, setEditing] = useState(false);
  const update = useUpdateSavedReply();
  if (editing)
    return (
      <li data-testid="saved-reply" className="rounded-xl border border-slate-200 bg-white p-4">
        <SavedReplyForm
          initial={r}
          submitLabel={t("save")}
          pending={update.isPending}
          error={update.error}
          onSubmit={(v) => update.mutate({ id: r.id, ...v }, { onSuccess: () => setEditing(false) })}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li data-testid="saved-reply" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <div className="flex items-baseline gap-2">
        <h3 className="font-medium">{r.title}</h3>
        <span className="text-xs text-slate-500">{t("by", { by: r.created_by })}</span>
        {canEdit ? (
          <span className="ml-auto flex gap-1">
            <Button variant="ghost" className="!px-2 !py-1 text-xs" onClick={() => setEditing(true)}>
              {t("edit")}
            </Button>
            <Button variant="ghost" className="!px-2 !py-1 text-xs" onClick={onDelete}>
              {t("delete")}
            </Button>
          </span>
        ) : null}
      </div>
      <p className="mt-1 whitespace-pre-line text-slate-700">{r.text}</p>
    </li>
  );
}

function SavedReplyForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: { title: string; text: string };
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (v: { title: string; text: string }) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("savedReplies");
  const [title, setTitle] = useState(initial?.title ?? "");
  const [text, setText] = useState(initial?.text ?? "");
  const ready = title.trim() && text.trim() && !pending;
  return (
    <form
      method="post"
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onSubmit({ title: title.trim(), text: text.trim() });
      }}
      onKeyDown={(e) => e.key === "Escape" && onCancel?.()}
    >
      <Field label={t("titleLabel")}>
        <Input value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label={t("textLabel")}>
        <Textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" className="!px-3 !py-1 text-sm" disabled={!ready}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" className="!px-3 !py-1 text-sm" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
      <SendError error={error} />
    </form>
  );
}
