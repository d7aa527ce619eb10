"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { NetworkPreview } from "@/components/calendar/network-preview";
import { NETWORK_NAME } from "@/components/calendar/post-chip";
import { apiFetch } from "@/components/api-client";
import type { ClientDecisionResponse } from "@/app/api/review/[token]/posts/[id]/route";
import type { ReviewPage } from "@/lib/review-links/get-review-page";

export function ClientReview({ token, data }: { token: string; data: ReviewPage }) {
  const [name, setName] = useState("");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold">
          {data.brand.name}: posts from {data.from} to {data.to}
        </h1>
        <p className="text-sm text-slate-600">
          Read each post, then approve it or say what should change. This link works until{" "}
          {data.expires_at.slice(0, 10)}.
        </p>
        <label className="mt-3 block max-w-xs text-sm">
          <span className="font-medium">Your name</span>
          <input
            data-testid="reviewer-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
      </header>
      {data.posts.length === 0 ? <p className="text-slate-600">No posts in this range.</p> : null}
      {data.posts.map((p) => (
        <PostReview key={p.id} token={token} post={p} brandName={data.brand.name} reviewer={name} />
      ))}
    </div>
  );
}

function PostReview({
  token,
  post,
  brandName,
  reviewer,
}: {
  token: string;
  post: ReviewPage["posts"][number];
  brandName: string;
  reviewer: string;
}) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decidable = ["draft", "in_review", "approved"].includes(post.status);

  async function send(decision: "approve" | "request_changes") {
    if (!reviewer.trim()) return setError("Enter your name at the top first.");
    if (decision === "request_changes" && !comment.trim()) return setError("Say what should change.");
    setBusy(true);
    setError(null);
    try {
      await apiFetch<ClientDecisionResponse>(`/api/review/${token}/posts/${post.id}`, {
        method: "POST",
        body: { decision, name: reviewer, comment: comment || undefined },
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
        {NETWORK_NAME[post.platform] ?? post.platform} · {post.date} at {post.time} ·{" "}
        <span data-testid="review-status">{post.status.replace("_", " ")}</span>
      </h2>
      <NetworkPreview network={post.platform} body={post.body} brandName={brandName} link={post.link} />
      {post.decisions.map((d, i) => (
        <p key={i} className="text-sm text-slate-600">
          <strong>{d.name}</strong> {d.decision === "approve" ? "approved" : "requested changes"}: {d.comment}
        </p>
      ))}
      {decidable ? (
        <div className="space-y-2">
          <textarea
            aria-label="Comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            placeholder="Comment (needed to request changes)"
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <div className="flex gap-2">
            <Button data-testid="client-approve" disabled={busy} onClick={() => send("approve")}>
              Approve
            </Button>
            <Button
              data-testid="client-request-changes"
              variant="secondary"
              disabled={busy}
              onClick={() => send("request_changes")}
            >
              Request changes
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
