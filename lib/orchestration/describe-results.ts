const LABEL: Record<string, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", sandbox: "Sandbox" };

/** runs.results.* of the catalogue, in the reader's language (next-intl's `t` in the browser). */
export type ResultWords = (
  key: "nothingSent" | "published" | "failing" | "failingWhy" | "other",
  values: Record<string, string>,
) => string;

/** What a retry or a run did, per network, in words: "LinkedIn: published", "X: still failing: 503 …". */
export function describeResults(
  results: { platform: string; status: string; error: { message: string } | null }[],
  fallbackPlatform: string | undefined,
  say: ResultWords,
): string {
  if (results.length === 0)
    return say("nothingSent", { network: LABEL[fallbackPlatform ?? ""] ?? fallbackPlatform ?? "" });
  return results
    .map((r) => {
      const network = LABEL[r.platform] ?? r.platform;
      if (r.status === "published") return say("published", { network });
      if (r.status === "failed" || r.status === "unknown")
        return r.error?.message ? say("failingWhy", { network, error: r.error.message }) : say("failing", { network });
      return say("other", { network, status: r.status });
    })
    .join(" · ");
}
