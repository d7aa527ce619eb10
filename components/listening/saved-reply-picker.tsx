"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { IntentLink } from "@/components/ui/intent-link";
import { fillSavedReply, firstName, generalizeReply } from "@/lib/listening/fill-saved-reply";
import { SendError } from "./send-error";
import { useCreateSavedReply, useSavedReplies } from "./use-saved-replies";

// The picker's last option while more replies wait on the server (titles are read 100 at a time).
const MORE = "__more";

/** Inserts one of the team's saved replies, made for this commenter ({name}). */
export function SavedReplyPicker({ authorName, onPick }: { authorName?: string; onPick: (text: string) => void }) {
  const t = useTranslations("savedReplies");
  const list = useSavedReplies();
  const replies = list.replies;
  if (list.isSuccess && replies.length === 0)
    return (
      <IntentLink href="/settings/replies" className="text-xs text-brand-700 underline">
        {t("none")}
      </IntentLink>
    );
  return (
    <Select
      aria-label={t("insert")}
      className="!w-auto !py-1 text-xs"
      value=""
      disabled={!list.isSuccess}
      onChange={(e) => {
        if (e.target.value === MORE) return void list.fetchNextPage();
        const picked = replies.find((r) => r.id === e.target.value);
        if (picked) onPick(fillSavedReply(picked.text, authorName));
      }}
    >
      <option value="">{t("insert")}</option>
      {replies.map((r) => (
        <option key={r.id} value={r.id}>
          {r.title}
        </option>
      ))}
      {list.hasNextPage ? (
        <option value={MORE} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </option>
      ) : null}
    </Select>
  );
}

/** Keeps the text in the box as a saved reply for the whole team, under a title, with {name} for the commenter. */
export function SaveAsSavedReply({ text, authorName }: { text: string; authorName?: string }) {
  const t = useTranslations("savedReplies");
  const [naming, setNaming] = useState(false);
  const [title, setTitle] = useState("");
  const create = useCreateSavedReply();
  if (create.isSuccess && !naming)
    return (
      <span role="status" className="text-xs text-emerald-700">
        {create.data.text.includes("{name}") && firstName(authorName)
          ? t("savedWithName", { title: create.data.title, placeholder: "{name}", name: firstName(authorName) })
          : t("saved", { title: create.data.title })}
      </span>
    );
  if (!naming)
    return (
      <Button
        type="button"
        variant="ghost"
        className="!px-2 !py-1 text-xs"
        disabled={!text.trim()}
        onClick={() => setNaming(true)}
      >
        {t("saveAs")}
      </Button>
    );
  const save = () => {
    if (title.trim())
      create.mutate(
        { title: title.trim(), text: generalizeReply(text.trim(), authorName) },
        { onSuccess: () => setNaming(false) },
      );
  };
  return (
    <span className="flex items-center gap-1" onKeyDown={(e) => e.key === "Escape" && e.stopPropagation()}>
      <Input
        autoFocus
        aria-label={t("titleLabel")}
        placeholder={t("titleLabel")}
        className="!w-40 !py-1 text-xs"
        value={title}
        maxLength={80}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            save();
          }
          if (e.key === "Escape") setNaming(false);
        }}
      />
      <Button type="button" className="!px-2 !py-1 text-xs" disabled={!title.trim() || create.isPending} onClick={save}>
        {t("save")}
      </Button>
      <SendError error={create.error} />
    </span>
  );
}
