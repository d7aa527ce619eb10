"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useReply, type HeardComment } from "./use-listening";
import { Handled, MarkHandled } from "./comment-handled";
import { ReplyLine } from "./reply-line";
import { ReplyTextForm, type Network } from "./reply-text-form";

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
            <ReplyLine key={r.id} r={r} c={c} network={network} canReply={canReply} />
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
      {canReply && open ? <ReplyForm c={c} network={network} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}

function ReplyForm({ c, network, onClose }: { c: HeardComment; network: Network; onClose: () => void }) {
  const t = useTranslations("listening.replies");
  // One key per reply, kept across retries of it: the server then never posts it twice.
  const [key, setKey] = useState(newKey);
  const send = useReply(c.id);
  return (
    <ReplyTextForm
      network={network}
      authorName={c.author_name}
      submitLabel={t("send")}
      pending={send.isPending}
      error={send.error}
      onSubmit={(text) =>
        send.mutate(
          { text, key },
          {
            onSuccess: () => {
              setKey(newKey());
              onClose();
            },
          },
        )
      }
      onClose={onClose}
    />
  );
}
