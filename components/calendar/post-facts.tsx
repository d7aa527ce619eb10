"use client";

import { useLocale, useTranslations } from "next-intl";
import type { PostDto } from "@/lib/plans/post-dto";
import { formatName, hookName, pillarName } from "@/lib/strategy/display-names";
import { angleName } from "@/lib/strategy/angle-names";
import { networkName } from "@/lib/strategy/network-names";

/** What the plan chose for a post (pillar, angle, hook, CTA, format), its link, writer and publishing state. */
export function PostFacts({ post }: { post: PostDto }) {
  const t = useTranslations("editor.facts");
  const tp = useTranslations("publication");
  // Notes are stored as codes ("timeout", "http_503", "adapted:<news title>"); older rows hold English sentences.
  const noteText = (note: string) => {
    const http = /^http_(\d+)$/.exec(note);
    if (http) return t("writerNote.http", { status: http[1] });
    if (note.startsWith("adapted:")) return t("writerNote.adapted", { title: note.slice(8) });
    if (note.startsWith("writer_error: ")) return t("writerNote.writerError", { detail: note.slice(14) });
    return t.has(`writerNote.${note}`) ? t(`writerNote.${note}`) : note;
  };
  const locale = useLocale();
  const facts: [string, string][] = [
    [t("pillar"), pillarName(post.pillar, locale)],
    [t("angle"), angleName(post.angle, locale)],
    [t("hook"), hookName(post.hook, locale)],
    [t("cta"), `${post.cta} (${post.cta_target})`],
    [t("format"), formatName(post.format, locale)],
    [t("hashtags"), post.hashtags.map((h) => (h.startsWith("#") ? h : `#${h}`)).join(" ") || "—"],
  ];
  return (
    <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1 text-sm">
      {facts.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="text-slate-800">{v}</dd>
        </div>
      ))}
      <dt className="text-slate-500">{t("link")}</dt>
      <dd className="truncate">
        {post.link ? (
          <a className="text-brand-600 hover:underline" href={post.link} target="_blank" rel="noreferrer">
            {post.link}
          </a>
        ) : (
          "—"
        )}
      </dd>
      {post.writer_note ? (
        <>
          <dt className="text-slate-500">{t("writer")}</dt>
          <dd>
            {post.writer} · {noteText(post.writer_note)}
          </dd>
        </>
      ) : null}
      {post.publication ? (
        <>
          <dt className="text-slate-500">{t("publishing")}</dt>
          <dd>
            {tp(post.publication.state)}
            {post.publication.sandbox ? (
              <span data-testid="publication-sandbox">
                {" "}
                · {tp("sandboxNote", { network: networkName(post.platform) })}
              </span>
            ) : null}
            {post.publication.remote_url ? (
              <>
                {" "}
                ·{" "}
                <a
                  className="text-brand-600 hover:underline"
                  href={post.publication.remote_url}
                  target="_blank"
                  rel="noreferrer"
                >
                  {t("view")}
                </a>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
