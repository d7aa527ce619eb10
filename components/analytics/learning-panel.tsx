"use client";

import { Button } from "@/components/ui/button";
import { AbTests } from "./ab-tests";
import { ErrorBox, errorText, Skeleton } from "./states";
import { useLearning, useRecomputeLearning } from "./use-analytics";
import { WeightList } from "./weight-list";
import { formatName, hookName, pillarName } from "@/lib/strategy/display-names";

const hourLabel = (h: string) => `${h}:00`;

/** What the planner has learned from results, in plain words, and the weights it now plans with. */
export function LearningPanel({ brand, canRecompute }: { brand: string; canRecompute: boolean }) {
  const q = useLearning(brand);
  const recompute = useRecomputeLearning(brand);
  const learning = q.data?.learning ?? null;
  return (
    <section
      data-testid="learning-panel"
      aria-labelledby="learning-h"
      className="rounded-xl border border-slate-200 bg-white p-5"
    >
      <div className="flex flex-wrap items-start gap-3">
        <div>
          <h2 id="learning-h" className="text-base font-semibold">
            What the planner learned
          </h2>
          <p className="text-xs text-slate-500">
            {learning
              ? `Updated ${new Date(learning.updated_at).toLocaleString()} from ${learning.samples} posts of the last 60 days.`
              : "Weights steer which pillars, hooks, formats and hours the next plans use."}
          </p>
        </div>
        <Button
          className="ml-auto"
          variant="secondary"
          onClick={() => recompute.mutate()}
          disabled={!canRecompute || recompute.isPending}
          title={canRecompute ? "Recompute the weights from the latest metrics" : "Needs the editor role"}
          aria-busy={recompute.isPending || undefined}
        >
          {recompute.isPending ? "Recomputing…" : "Recompute now"}
        </Button>
      </div>
      {recompute.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          Could not recompute: {errorText(recompute.error)}
        </p>
      ) : null}

      {q.error ? (
        <div className="mt-4">
          <ErrorBox title="Could not load the learning." error={q.error} onRetry={() => q.refetch()} />
        </div>
      ) : q.isPending ? (
        <div className="mt-4 grid gap-3 md:grid-cols-2">
          <Skeleton className="h-24" />
          <Skeleton className="h-24" />
        </div>
      ) : !learning ? (
        <p className="mt-4 rounded-md bg-slate-50 p-3 text-sm text-slate-600">
          Nothing learned yet. Learning runs after the daily metrics collection;{" "}
          {canRecompute ? "you can also recompute now." : "an editor can also recompute now."}
        </p>
      ) : (
        <div className="mt-4 space-y-5">
          <div>
            <h3 className="text-sm font-semibold text-slate-800">In plain words</h3>
            {learning.explanations.length ? (
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {learning.explanations.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">
                No clear winner or loser yet: every option performs within 20% of your median, so plans stay balanced.
              </p>
            )}
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-800">Current weights</h3>
            <p className="text-xs text-slate-500">
              1.00× is neutral; green gets more slots, amber fewer. Floor 0.50×, cap 2.00×.
            </p>
            <div className="mt-3 grid gap-5 md:grid-cols-2 xl:grid-cols-4">
              <WeightList title="Pillars" weights={learning.weights.pillars} label={(k) => pillarName(k)} />
              <WeightList title="Formats" weights={learning.weights.formats} label={(k) => formatName(k)} />
              <WeightList title="Hooks" weights={learning.weights.hooks} label={(k) => hookName(k)} />
              <WeightList title="Hours" weights={learning.weights.hours} label={hourLabel} />
            </div>
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-800">A/B hook tests</h3>
            <AbTests ab={learning.ab} />
          </div>
        </div>
      )}
      <p className="mt-5 border-t border-slate-100 pt-3 text-xs text-slate-500">
        <span className="font-medium text-slate-600">Method: </span>
        each post&apos;s engagement rate is divided by its network&apos;s median (its lift). Each weight is the
        exponentially weighted mean of engagement lift vs each network&apos;s median, half-life 14 days, shrunk toward
        1.0, clamped 0.5–2.0 so every option keeps being tried.
      </p>
    </section>
  );
}
