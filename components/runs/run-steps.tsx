import { useTranslations } from "next-intl";
import type { StatusRow } from "@/lib/orchestration/get-run-status";

/** Image and carousel uploads, a thread's parts and the first comment, each with its id once the network confirmed it. */
export function RunSteps({ row, testKey }: { row: StatusRow; testKey: string }) {
  const t = useTranslations("runs.steps");
  const n = row.slides_total;
  const uploads =
    row.platform === "linkedin" && n > 0
      ? [{ kind: "document", index: 0, label: t("document", { pages: n }) }]
      : Array.from({ length: n }, (_, i) => ({ kind: "media", index: i, label: t("slide", { n: i + 1, total: n }) }));
  // Library images follow a carousel's photos as "media" steps; one Facebook photo goes out with its post.
  const images = row.platform === "facebook" && n === 0 && row.images_total === 1 ? 0 : row.images_total;
  for (let i = 0; i < images; i++)
    uploads.push({ kind: "media", index: uploads.length, label: t("image", { n: i + 1, total: images }) });
  const items = [
    ...uploads,
    ...(n > 0 ? [{ kind: "part", index: 0, label: t("thePost") }] : []),
    ...Array.from({ length: row.parts_total }, (_, i) => ({
      kind: "part",
      index: i,
      label: t("part", { n: i + 1, total: row.parts_total }),
    })),
    ...(row.has_first_comment ? [{ kind: "comment", index: 0, label: t("firstComment") }] : []),
  ];
  if (items.length === 0) return null;
  return (
    <ol data-testid={`run-steps-${testKey}`} className="mt-1 space-y-0.5 text-xs text-slate-600">
      {items.map((item) => {
        const step = row.steps.find((s) => s.kind === item.kind && s.index === item.index);
        const upload = item.kind === "document" || item.kind === "media";
        return (
          <li key={`${item.kind}-${item.index}`} data-testid={`run-step-${item.kind}-${item.index}`} data-done={!!step}>
            {t("stepLabel", { label: item.label })}{" "}
            {step ? (
              step.remote_url && !upload ? (
                <a className="text-brand-600 hover:underline" href={step.remote_url} target="_blank" rel="noreferrer">
                  {t("postedLink")}
                </a>
              ) : (
                <span>{upload ? t("uploadedId", { id: step.remote_id }) : t("postedId", { id: step.remote_id })}</span>
              )
            ) : (
              <span className="text-slate-500">{t("notYet")}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
