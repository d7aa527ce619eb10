"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { networkLabel } from "@/components/charts/network-colors";
import { Button } from "@/components/ui/button";
import { useDeleteReply, useEditReply, useReply, type HeardComment } from "./use-listening";
import { ReplyTextForm, type Network } from "./reply-text-form";
import { SendError } from "./send-error";

type Reply = HeardComment["replies"][number];

/** One of the brand's replies: what the network answered, and for editors retry, edit and delete. */
export function ReplyLine({
  r,
  c,
  network,
  canReply,
}: {
  r: Reply;
  c: HeardComment;
  network: Network;
  canReply: boolean;
}) {
  const t = useTranslations("listening.replies");
  const commentId = c.id;
  const send = useReply(commentId);
  const [editing, setEditing] = useState(false);
  // Saved or cancelled, the keyboard goes back to where the edit started.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const retry = () => send.mutate({ text: r.text, key: r.key });
  const problem = r.state === "failed" || r.state === "unknown";
  if (r.deleted_at)
    return (
      <li data-testid="reply" data-state="deleted" className="text-sm">
        <p className="whitespace-pre-line text-slate-500 line-through">{r.text}</p>
        <p className="text-xs text-slate-500">
          {t("deletedBy", { by: r.deleted_by ?? "", network: networkLabel(network) })}
        </p>
      </li>
    );
  if (editing)
    return (
      <li data-testid="reply" data-state="editing" className="text-sm">
        <EditReply r={r} c={c} network={network} onClose={() => setEditing(false)} />
      </li>
    );
  // X posts cannot be edited: there a reply is deleted and sent again.
  const editable = r.state === "sent" && canReply && network !== "x";
  return (
    <li data-testid="reply" data-state={r.state} className="text-sm">
      <p className="whitespace-pre-line text-slate-800">{r.text}</p>
      <p className="text-xs text-slate-500">
        {t(r.sandbox ? "state.sandbox" : `state.${r.state}`, { author: r.author, network: networkLabel(network) })}
        {problem && r.error ? `: ${r.error}` : ""}
        {r.edited_at ? ` · ${t("editedBy", { by: r.edited_by ?? "" })}` : ""}
      </p>
      {editable ? (
        <Button ref={editButton} variant="ghost" className="mt-1 !px-2 !py-1 text-xs" onClick={() => setEditing(true)}>
          {t("edit")}
        </Button>
      ) : null}
      {r.state === "sent" && canReply ? <DeleteReply r={r} commentId={commentId} network={network} /> : null}
      {problem && canReply ? (
        <Button variant="secondary" className="mt-1 !px-2 !py-1 text-xs" disabled={send.isPending} onClick={retry}>
          {send.isPending ? t("sending") : r.state === "unknown" ? t("checkRetry") : t("retry")}
        </Button>
      ) : null}
      <SendError error={send.error} />
    </li>
  );
}

function EditReply({ r, c, network, onClose }: { r: Reply; c: HeardComment; network: Network; onClose: () => void }) {
  const t = useTranslations("listening.replies");
  const edit = useEditReply(c.id);
  return (
    <ReplyTextForm
      network={network}
      initial={r.text}
      authorName={c.author_name}
      submitLabel={t("save")}
      pending={edit.isPending}
      error={edit.error}
      onSubmit={(text) => edit.mutate({ replyId: r.id, text }, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

/** Deleting is public and cannot be undone on the network: a second click confirms it. */
function DeleteReply({ r, commentId, network }: { r: Reply; commentId: string; network: Network }) {
  const t = useTranslations("listening.replies");
  const [asking, setAsking] = useState(false);
  const remove = useDeleteReply(commentId);
  const ask = r.sandbox ? t("deleteAskSandbox") : t("deleteAsk", { network: networkLabel(network) });
  if (!asking)
    return (
      <Button variant="ghost" className="mt-1 !px-2 !py-1 text-xs" onClick={() => setAsking(true)}>
        {t("delete")}
      </Button>
    );
  return (
    <div
      role="group"
      aria-label={ask}
      className="mt-1 text-xs"
      onKeyDown={(e) => e.key === "Escape" && setAsking(false)}
    >
      <span className="text-slate-700">{ask} </span>
      <Button
        variant="danger"
        className="!px-2 !py-1 text-xs"
        autoFocus
        disabled={remove.isPending}
        onClick={() => remove.mutate(r.id)}
      >
        {remove.isPending ? t("deleting") : t("deleteConfirm")}
      </Button>{" "}
      <Button variant="ghost" className="!px-2 !py-1 text-xs" onClick={() => setAsking(false)}>
        {t("cancel")}
      </Button>
      <SendError error={remove.error} />
    </div>
  );
}
