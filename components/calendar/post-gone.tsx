"use client";

import { noSubscription } from "@/components/ui/no-subscription";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { draftKey } from "./draft-key";

/**
 * The post a link (or the open editor) named is no longer in the view. When it went while someone was
 * typing in it (a teammate regenerated the month), their unsaved text is shown here to copy.
 */
export function PostGone({ postId }: { postId: string }) {
  const t = useTranslations("calendar");
  const draft = useSyncExternalStore(
    noSubscription,
    () => sessionStorage.getItem(draftKey(postId)),
    () => null,
  );
  return (
    <div role="status" data-testid="post-gone" className="space-y-1 text-sm text-slate-600">
      <p>{t("postGone")}</p>
      {draft ? (
        <>
          <p>{t("postGoneDraft")}</p>
          <textarea
            readOnly
            data-testid="post-gone-draft"
            value={draft}
            rows={4}
            className="w-full max-w-xl rounded-md border border-slate-300 p-2 text-slate-800"
          />
        </>
      ) : null}
    </div>
  );
}
