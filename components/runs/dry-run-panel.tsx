"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormats } from "@/components/i18n/formats";
import type { DryRunResult } from "@/lib/orchestration/dry-run";
import { NETWORK_LABEL } from "./state-badge";

function pretty(body: string) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function DryRunPanel({
  results,
  timeZone,
  onClose,
}: {
  results: DryRunResult[];
  timeZone: string;
  onClose: () => void;
}) {
  const t = useTranslations("runs.dry");
  const f = useFormats();
  // the preview shows the whole day; Run now sends only what is due
  const [now] = useState(() => Date.now());
  return (
    <section
      data-testid="dry-run-panel"
      aria-labelledby="dry-h"
      className="rounded-xl border border-sky-200 bg-sky-50/50 p-4"
    >
      <div className="flex items-center justify-between">
        <h2 id="dry-h" className="font-semibold">
          {t("title")}
        </h2>
        <button className="text-sm text-slate-600 hover:underline" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      {results.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("empty")}</p> : null}
      <ul className="mt-3 space-y-3">
        {results.map((r) => (
          <li
            key={r.post_id}
            data-testid={`dry-run-item-${r.platform}`}
            className="rounded-lg border border-slate-200 bg-white p-3"
          >
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <strong>{NETWORK_LABEL[r.platform]}</strong>
              <span className="text-slate-500">{r.brand_name}</span>
              <span className={r.status === "would_publish" ? "text-emerald-700" : "text-amber-700"}>
                {r.status === "would_publish" && r.sandbox
                  ? t("status.would_sandbox")
                  : t.has(`status.${r.status}`)
                    ? t(`status.${r.status}`)
                    : r.status.replace("_", " ")}
              </span>
              {r.status === "would_publish" && Date.parse(r.scheduled_at) > now ? (
                <span data-testid="dry-run-not-due" className="text-slate-600">
                  {t("notDueYet", { time: f.dateTime(r.scheduled_at, timeZone) })}
                </span>
              ) : null}
              <span className={r.length > r.limit ? "text-rose-700" : "text-slate-500"}>
                {t("length", { length: r.length, limit: r.limit })}
              </span>
            </div>
            {r.problems.length ? (
              <ul className="mt-1 list-disc pl-5 text-sm text-rose-700">
                {r.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
            {r.requests.length ? (
              <ol className="mt-2 space-y-2" data-testid="dry-run-steps">
                {r.requests.map((req, i) => (
                  <li key={i}>
                    <p className="text-xs font-medium text-slate-700">
                      {i + 1}. {req.label}
                    </p>
                    <RequestText request={req} />
                  </li>
                ))}
              </ol>
            ) : r.request ? (
              <RequestText request={r.request} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestText({ request }: { request: NonNullable<DryRunResult["request"]> }) {
  return (
    <pre className="mt-1 max-h-72 overflow-auto rounded bg-slate-900 p-3 text-xs break-all whitespace-pre-wrap text-slate-100">
      {`${request.method} ${request.url}\n${Object.entries(request.headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join("\n")}\n\n${pretty(request.body)}`}
    </pre>
  );
}
