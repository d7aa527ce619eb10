"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { Button } from "@/components/ui/button";
import { AbTests } from "./ab-tests";
import { errorText } from "@/components/api-client";
import { ErrorBox, Skeleton } from "./states";
import { useLearning, useRecomputeLearning } from "./use-analytics";
import { WeightList } from "./weight-list";
import { networkLabel } from "@/components/charts/network-colors";
import { formatName, hookName, pillarName } from "@/lib/strategy/display-names";

// "linkedin:09" since hours are learned per network; learning stored before that holds a bare "09".
const hourLabel = (key: string) => {
  const [network, hour] = key.includes(":") ? key.split(":", 2) : [null, key];
  return network ? `${networkLabel(network)} ${hour}:00` : `${hour}:00`;
};

/** What the planner has learned from results, in plain words, and the weights it now plans with. */
export function LearningPanel({ brand, canRecompute }: { brand: string; canRecompute: boolean }) {
  const t = useTranslations("analytics.learning");
  const f = useFormats();
  const locale = useLocale();
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
            {t("title")}
          </h2>
          <p className="text-xs text-slate-500">
            {learning ? t("updated", { at: f.dateTime(learning.updated_at), count: learning.samples }) : t("steer")}
          </p>
        </div>
        <Button
          className="ml-auto"
          variant="secondary"
          onClick={() => recompute.mutate()}
          disabled={!canRecompute || recompute.isPending}
          title={canRecompute ? t("recomputeHint") : t("needsEditor")}
          aria-busy={recompute.isPending || undefined}
        >
          {recompute.isPending ? t("recomputing") : t("recompute")}
        </Button>
      </div>
      {recompute.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          {t("recomputeError", { error: errorText(recompute.error) })}
        </p>
      ) : null}

      {q.error ? (
        <div className="mt-4">
          <ErrorBox title={t("error")} error={q.error} onRetry={() => q.refetch()} />
        </div>
      ) : q.isPending ? (
        <div className="mt-4 grid gap-3 md:grid-cols-2">
          <Skeleton className="h-24" />
          <Skeleton className="h-24" />
        </div>
      ) : !learning ? (
        <p className="mt-4 rounded-md bg-slate-50 p-3 text-sm text-slate-600">
          {t("nothing")} {canRecompute ? t("youCanRecompute") : t("editorCanRecompute")}
        </p>
      ) : (
        <div className="mt-4 space-y-5">
          <div>
            <h3 className="text-sm font-semibold text-slate-800">{t("plainWords")}</h3>
            {learning.explanations.length ? (
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {learning.explanations.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">{t("noWinner")}</p>
            )}
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-800">{t("weights")}</h3>
            <p className="text-xs text-slate-500">{t("weightsHelp")}</p>
            <div className="mt-3 grid gap-5 md:grid-cols-2 xl:grid-cols-4">
              <WeightList
                title={t("pillars")}
                weights={learning.weights.pillars}
                label={(k) => pillarName(k, locale)}
              />
              <WeightList
                title={t("formats")}
                weights={learning.weights.formats}
                label={(k) => formatName(k, locale)}
              />
              <WeightList title={t("hooks")} weights={learning.weights.hooks} label={(k) => hookName(k, locale)} />
              <WeightList title={t("hours")} weights={learning.weights.hours} label={hourLabel} />
            </div>
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("abTests")}</h3>
            <AbTests ab={learning.ab} />
          </div>
        </div>
      )}
      <p className="mt-5 border-t border-slate-100 pt-3 text-xs text-slate-500">
        {t.rich("method", { strong: (c) => <span className="font-medium text-slate-600">{c}</span> })}
      </p>
    </section>
  );
}
