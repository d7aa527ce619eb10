"use client";

import { Button } from "@/components/ui/button";
import { NETWORK_LABEL } from "./state-badge";
import type { NotDuePost } from "./use-runs";
import { localTime } from "@/lib/dates/zoned";

/** Sending before the scheduled time is a person's explicit choice, and they see exactly which posts go. */
export function PublishEarlyDialog({
  posts,
  timeZone,
  pending,
  onConfirm,
  onCancel,
}: {
  posts: NotDuePost[];
  timeZone: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const time = (iso: string) => localTime(new Date(iso), timeZone);
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="early-h"
      data-testid="publish-early-dialog"
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
    >
      <div className="w-full max-w-md rounded-2xl bg-white p-6 shadow-xl">
        <h2 id="early-h" className="text-lg font-semibold">
          Publish {posts.length} post{posts.length === 1 ? "" : "s"} before their time?
        </h2>
        <ul className="mt-3 space-y-1 text-sm">
          {posts.map((p) => (
            <li key={p.post_id} data-testid="publish-early-item">
              {p.brand} · {NETWORK_LABEL[p.platform as keyof typeof NETWORK_LABEL] ?? p.platform}, scheduled at{" "}
              {time(p.scheduled_at)} ({timeZone})
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600">They go out now instead of at their scheduled time.</p>
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel} disabled={pending} autoFocus>
            Cancel
          </Button>
          <Button data-testid="publish-early-confirm" variant="danger" onClick={onConfirm} disabled={pending}>
            {pending ? "Publishing…" : `Publish ${posts.length} now`}
          </Button>
        </div>
      </div>
    </div>
  );
}
