import type { StatusRow } from "@/lib/orchestration/get-run-status";

/** A carousel's uploads, a thread's parts and the first comment, each with its id once the network confirmed it. */
export function RunSteps({ row, testKey }: { row: StatusRow; testKey: string }) {
  const n = row.slides_total;
  const carousel =
    n === 0
      ? []
      : [
          ...(row.platform === "linkedin"
            ? [{ kind: "document", index: 0, label: `Carousel PDF (${n} pages)` }]
            : Array.from({ length: n }, (_, i) => ({
                kind: "media",
                index: i,
                label: `Slide ${i + 1} of ${n} (photo)`,
              }))),
          { kind: "part", index: 0, label: "The post" },
        ];
  const items = [
    ...carousel,
    ...Array.from({ length: row.parts_total }, (_, i) => ({ kind: "part", index: i, label: `Part ${i + 1}` })),
    ...(row.has_first_comment ? [{ kind: "comment", index: 0, label: "First comment" }] : []),
  ];
  if (items.length === 0) return null;
  return (
    <ol data-testid={`run-steps-${testKey}`} className="mt-1 space-y-0.5 text-xs text-slate-600">
      {items.map((item) => {
        const step = row.steps.find((s) => s.kind === item.kind && s.index === item.index);
        return (
          <li key={`${item.kind}-${item.index}`} data-testid={`run-step-${item.kind}-${item.index}`} data-done={!!step}>
            {item.label}
            {item.kind === "part" && row.parts_total ? ` of ${row.parts_total}` : ""}:{" "}
            {step ? (
              step.remote_url && item.kind !== "document" && item.kind !== "media" ? (
                <a className="text-brand-600 hover:underline" href={step.remote_url} target="_blank" rel="noreferrer">
                  posted ↗
                </a>
              ) : (
                <span>
                  {item.kind === "document" || item.kind === "media" ? "uploaded" : "posted"} ({step.remote_id})
                </span>
              )
            ) : (
              <span className="text-slate-400">not yet</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
