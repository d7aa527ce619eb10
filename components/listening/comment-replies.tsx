"use client";

import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { networkLabel } from "@/components/charts/network-colors";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { REPLY_LIMITS } from "@/lib/schemas/listening";
import { useDeleteReply, useReply, type HeardComment } from "./use-listening";
import { Handled, MarkHandled } from "./comment-handled";
import { SendError } from "./send-error";

type Reply = HeardComment["replies"][number];
type Network = keyof typeof REPLY_LIMITS;

const newKey = () => crypto.randomUUID();

/** The brand's replies under a comment, what each network answered, and (for editors) a reply box. */
export function CommentReplies({ c, canReply }: { c: HeardComment; canReply: boolean }) {
  const t = useTranslations("listening.replies");
  const [open, setOpen] = useState(false);
  const network = c.platform as Network;
  return (
    <div className="mt-2 space-y-2">
      {c.replies.length ? (
        <ul className="space-y-1 border-l-2 border-slate-200 pl-3" aria-label={t("listLabel")}>
          {c.replies.map((r) => (
            <ReplyLine key={r.id} r={r} commentId={c.id} network={network} canReply={canReply} />
          ))}
        </ul>
      ) : null}
      {c.handled_at ? <Handled c={c} canReply={canReply} /> : null}
      {canReply && !open ? (
        <div className="flex gap-2">
          <Button variant="secondary" className="!px-2 !py-1 text-xs" onClick={() => setOpen(true)}>
            {t("reply")}
          </Button>
          {c.handled_at ? null : <MarkHandled commentId={c.id} />}
        </div>
      ) : null}
      {canReply && open ? <ReplyForm commentId={c.id} network={network} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}

function ReplyLine({
  r,
  commentId,
  network,
  canReply,
}: {
  r: Reply;
  commentId: string;
  network: Network;
  canReply: boolean;
}) {
  const t = useTranslations("listening.replies");
  const send = useReply(commentId);
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
  return (
    <li data-testid="reply" data-state={r.state} className="text-sm">
      <p className="whitespace-pre-line text-slate-800">{r.text}</p>
      <p className="text-xs text-slate-500">
        {t(r.sandbox ? "state.sandbox" : `state.${r.state}`, { author: r.author, network: networkLabel(network) })}
        {problem && r.error ? `: ${r.error}` : ""}
      </p>
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

function ReplyForm({ commentId, network, onClose }: { commentId: string; network: Network; onClose: () => void }) {
  const t = useTranslations("listening.replies");
  const id = useId();
  const [text, setText] = useState("");
  // One key per reply, kept across retries of it: the server then never posts it twice.
  const [key, setKey] = useState(newKey);
  const measure = useMeasure();
  const send = useReply(commentId);
  const max = REPLY_LIMITS[network];
  const length = measure(network, text.trim());
  const over = length - max;
  const submit = () => {
    if (!text.trim() || over > 0 || send.isPending) return;
    send.mutate(
      { text: text.trim(), key },
      {
        onSuccess: () => {
          setText("");
          setKey(newKey());
          onClose();
        },
      },
    );
  };
  return (
    <form
      method="post"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit();
      }}
    >
      <Field
        label={t("label", { network: networkLabel(network) })}
        error={over > 0 ? t("tooLong", { over, network: networkLabel(network) }) : undefined}
        hint={t("hint")}
      >
        <Textarea
          autoFocus
          rows={3}
          value={text}
          aria-describedby={`${id}-count`}
          aria-invalid={over > 0}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="flex items-center gap-2">
        <Button type="submit" className="!px-2 !py-1 text-xs" disabled={!text.trim() || over > 0 || send.isPending}>
          {send.isPending ? t("sending") : t("send")}
        </Button>
        <Button type="button" variant="ghost" className="!px-2 !py-1 text-xs" onClick={onClose}>
          {t("cancel")}
        </Button>
        <span
          id={`${id}-count`}
          className={`ml-auto text-xs tabular-nums ${over > 0 ? "text-rose-700" : "text-slate-500"}`}
        >
          {t("count", { length, max })}
        </span>
      </div>
      <SendError error={send.error} />
    </form>
  );
}

/** X counts as X does (twitter-text), loaded with the first reply box rather than with the page. */
function useMeasure() {
  const [measure, setMeasure] = useState<(n: Network, s: string) => number>(() => (_n: Network, s: string) => s.length);
  useEffect(() => {
    let live = true;
    void import("@/lib/strategy/networks").then((m) => live && setMeasure(() => m.measureLength));
    return () => {
      live = false;
    };
  }, []);
  return measure;
}
