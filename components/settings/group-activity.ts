/** The app's own workers, whose events come in runs (a month of cards is one event per post). */
const AUTOMATIC_ACTORS = new Set(["cards"]);
const MIN_GROUP = 3;

export type ActivityRow<E> = { kind: "one"; event: E } | { kind: "group"; events: E[] };

/**
 * Folds each run of at least MIN_GROUP consecutive events by one automatic actor, with the same action on
 * the same brand, into one row, so a month of cards reads as one line instead of burying a person's work.
 */
export function groupActivity<E extends { actor: string; action: string; brand: string | null }>(
  events: E[],
): ActivityRow<E>[] {
  const rows: ActivityRow<E>[] = [];
  let run: E[] = [];
  const flush = () => {
    if (run.length >= MIN_GROUP) rows.push({ kind: "group", events: run });
    else for (const event of run) rows.push({ kind: "one", event });
    run = [];
  };
  for (const e of events) {
    const head = run[0];
    if (head && !(e.actor === head.actor && e.action === head.action && e.brand === head.brand)) flush();
    if (AUTOMATIC_ACTORS.has(e.actor)) run.push(e);
    else {
      flush();
      rows.push({ kind: "one", event: e });
    }
  }
  flush();
  return rows;
}
