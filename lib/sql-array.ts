const NEEDS_ESCAPE = /[\\"]/;
const ESCAPE = /[\\"]/g;

/**
 * A PostgreSQL array literal (`{"a","b",NULL}`) to cast with `::text[]`, `::date[]`, `::timestamptz[]`.
 * It is what the driver would send for a JavaScript array, built in one pass: for a batch of thousands
 * of long post bodies, the driver's per-element escaping and the ORM's per-element checks cost more
 * than the insert itself.
 */
export function sqlArray(values: readonly (string | null)[]): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ",";
    out += v === null ? "NULL" : `"${NEEDS_ESCAPE.test(v) ? v.replace(ESCAPE, "\\$&") : v}"`;
  }
  return out + "}";
}
