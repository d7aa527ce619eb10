/** How many posts of a day are in each state the run board counts; claimed and sending count as pending. */
export function summarizeStates(rows: readonly { state: string }[]): Record<string, number> {
  const summary: Record<string, number> = { published: 0, failed: 0, unknown: 0, pending: 0, missed: 0, scheduled: 0 };
  for (const r of rows) {
    const key = ["claimed", "sending"].includes(r.state) ? "pending" : r.state;
    summary[key] = (summary[key] ?? 0) + 1;
  }
  return summary;
}
