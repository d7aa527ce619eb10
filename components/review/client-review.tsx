"use client";

import { useTranslations } from "next-intl";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { NetworkPreview } from "@/components/calendar/network-preview";
import { NETWORK_NAME } from "@/components/calendar/post-chip";
import { apiFetch } from "@/components/api-client";
import type { ClientDecisionResponse } from "@/app/api/review/[token]/posts/[id]/route";
import type { ReviewPage } from "@/lib/review-links/get-review-page";
import { useFormats } from "@/components/i18n/formats";

const NAME_KEY = "social-cm.reviewer-name";

export function ClientReview({ token, data }: { token: string; data: ReviewPage }) {
  const t = useTranslations("review.client");
  const f = useFormats();
  // Remembered on this browser, so a reload or the next review link does not ask again.
  const [name, setNameState] = useState("");
  useEffect(() => setNameState(localStorage.getItem(NAME_KEY) ?? ""), []);
  const setName = (value: string) => {
    setNameState(value);
    localStorage.setItem(NAME_KEY, value);
  };
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold">
          {t("title", { brand: data.brand.name, range: f.range(data.from, data.to) })}
        </h1>
        <p className="text-sm text-slate-600">{t("intro", { until: f.date(data.expires_at) })}</p>
        <label className="mt-3 block max-w-xs text-sm">
          <span className="font-medium">{t("yourName")}</span>
          <input
            data-testid="reviewer-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
      </header>
      {data.posts.length === 0 ? <p className="text-slate-600">{t("none")}</p> : null}
      {data.posts.map((p) => (
        <PostReview key={p.id} token={token} post={p} brand={data.brand} reviewer={name} />
      ))}
    </div>
  );
}

function PostReview({
  token,
  post,
  brand,
  reviewer,
}: {
  token: string;
  post: ReviewPage["posts"][number];
  brand: ReviewPage["brand"];
  reviewer: string;
}) {
  const t = useTranslations("review.client");
  const ts = useTranslations("status");
  const f = useFormats();
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decidable = ["draft", "in_review", "approved"].includes(post.status);
  // The link itself opens the images of its posts: members-only media reaches the client as signed links.
  const mediaUrl = (id: string) => `/api/review/${token}/media/${encodeURIComponent(id)}`;

  async function send(decision: "approve" | "request_changes") {
    if (!reviewer.trim()) return setError(t("nameFirst"));
    if (decision === "request_changes" && !comment.trim()) return setError(t("sayWhat"));
    setBusy(true);
    setError(null);
    try {
      await apiFetch<ClientDecisionResponse>(`/api/review/${token}/posts/${post.id}`, {
        method: "POST",
        body: { decision, name: reviewer, comment: comment || undefined, version: post.version },
      });
      setComment("");
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article
      data-testid={`review-post-${post.id}`}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 className="text-sm font-semibold">
        {t("heading", {
          network: NETWORK_NAME[post.platform] ?? post.platform,
          date: f.day(post.date, true),
          time: post.time,
        })}{" "}
        · <span data-testid="review-status">{ts.has(post.status) ? ts(post.status) : post.status}</span>
      </h2>
      <NetworkPreview
        network={post.platform}
        body={post.body}
        brandName={brand.name}
        link={post.link}
        mediaIds={post.media_ids}
        slides={post.slides}
        brandColors={brand}
        mediaUrl={mediaUrl}
      />
      {post.parts.length > 1 ? (
        <ol aria-label={t("threadParts")} className="space-y-1 border-l-2 border-slate-300 pl-3">
          {post.parts.slice(1).map((part, i) => (
            <li key={i} data-testid={`review-thread-part-${i + 2}`}>
              <NetworkPreview network="x" body={part} brandName={brand.name} link={null} />
            </li>
          ))}
        </ol>
      ) : null}
      {post.first_comment ? (
        <section
          aria-label={t("firstComment")}
          data-testid="review-first-comment"
          className="border-l-2 border-slate-300 pl-3 text-sm"
        >
          <p className="text-xs text-slate-600">{t("firstComment")}</p>
          <p className="whitespace-pre-line">{post.first_comment}</p>
        </section>
      ) : null}
      {post.decisions.map((d, i) => (
        <p key={i} className="text-sm text-slate-600">
          <strong>{d.name}</strong>{" "}
          {d.decision === "approve" && !d.comment
            ? t("approvedPlain")
            : t(d.decision === "approve" ? "approvedWith" : "changesWith", { comment: d.comment })}
        </p>
      ))}
      {decidable ? (
        <div className="space-y-2">
          <textarea
            aria-label={t("comment")}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            placeholder={t("commentPlaceholder")}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <div className="flex gap-2">
            <Button data-testid="client-approve" disabled={busy} onClick={() => send("approve")}>
              {t("approve")}
            </Button>
            <Button
              data-testid="client-request-changes"
              variant="secondary"
              disabled={busy}
              onClick={() => send("request_changes")}
            >
              {t("requestChanges")}
            </Button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
    </article>
  );
}
