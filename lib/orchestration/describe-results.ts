const LABEL: Record<string, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", sandbox: "Sandbox" };

/** What a retry or a run did, per network, in words: "LinkedIn: published", "X: still failing: 503 …". */
export function describeResults(
  results: { platform: string; status: string; error: { message: string } | null }[],
  fallbackPlatform?: string,
): string {
  if (results.length === 0)
    return `${LABEL[fallbackPlatform ?? ""] ?? fallbackPlatform ?? "Nothing"}: nothing was sent.`;
  return results
    .map((r) => {
      const name = LABEL[r.platform] ?? r.platform;
      if (r.status === "published") return `${name}: published`;
      if (r.status === "failed" || r.status === "unknown")
        return `${name}: still failing${r.error?.message ? `: ${r.error.message}` : ""}`;
      return `${name}: ${r.status}`;
    })
    .join(" · ");
}
