"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { networkLabel } from "@/components/charts/network-colors";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { REPLY_LIMITS } from "@/lib/schemas/listening";
import { SendError } from "./send-error";
import { SaveAsSavedReply, SavedReplyPicker } from "./saved-reply-picker";

export type Network = keyof typeof REPLY_LIMITS;

/**
 * A reply's text, counted as the network counts it, for a new reply and for an edit. Ctrl+Enter submits,
 * Esc closes; `onSubmit` gets the trimmed text. A saved reply is added after what is already written.
 */
export function ReplyTextForm({
  network,
  initial = "",
  authorName,
  submitLabel,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  network: Network;
  initial?: string;
  /** the commenter, for a saved reply's {name} */
  authorName?: string;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (text: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("listening.replies");
  const id = useId();
  const [text, setText] = useState(initial);
  const box = useRef<HTMLTextAreaElement>(null);
  const insert = (saved: string) => {
    setText((current) => (current.trim() ? `${current.trimEnd()}\n\n${saved}` : saved));
    box.current?.focus();
  };
  const measure = useMeasure();
  const max = REPLY_LIMITS[network];
  const length = measure(network, text.trim());
  const over = length - max;
  const unchanged = initial !== "" && text.trim() === initial;
  const blocked = !text.trim() || over > 0 || unchanged || pending;
  const submit = () => {
    if (!blocked) onSubmit(text.trim());
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
          ref={box}
          autoFocus
          rows={3}
          value={text}
          aria-describedby={`${id}-count`}
          aria-invalid={over > 0}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <SavedReplyPicker authorName={authorName} onPick={insert} />
        <SaveAsSavedReply text={text} authorName={authorName} />
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit" className="!px-2 !py-1 text-xs" disabled={blocked}>
          {pending ? t("sending") : submitLabel}
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
      <SendError error={error} />
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
