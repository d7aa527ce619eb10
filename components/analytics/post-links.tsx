"use client";

import { useTranslations } from "next-intl";
import { IntentLink } from "@/components/ui/intent-link";
import type { PostPick } from "./use-analytics";

/** The calendar entry of a post, and the live post on its network when it has a URL. */
export function PostLinks({ post }: { post: PostPick }) {
  const t = useTranslations("analytics.postLinks");
  return (
    <span className="inline-flex flex-wrap gap-x-3 gap-y-1 text-xs">
      <IntentLink href={post.calendar_url} className="font-medium text-brand-700 underline-offset-2 hover:underline">
        {t("calendar")}
      </IntentLink>
      {post.remote_url ? (
        <a
          href={post.remote_url}
          target="_blank"
          rel="noreferrer"
          className="text-slate-600 underline-offset-2 hover:underline"
        >
          {t("view")} <span aria-hidden>↗</span>
          <span className="sr-only">{t("newTab")}</span>
        </a>
      ) : null}
    </span>
  );
}
