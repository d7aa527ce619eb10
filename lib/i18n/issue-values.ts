import type { ZodError } from "zod";
import type { TextValues } from "./render-text";

type ZodIssue = ZodError["issues"][number];

/** The values a schema's message may name: `{maximum}` of a limit, `{values}` of an enum, a refinement's params. */
export function issueValues(issue: ZodIssue): TextValues {
  const values: TextValues = {};
  for (const [k, v] of Object.entries({ ...issue, ...("params" in issue ? issue.params : {}) })) {
    if (typeof v === "string" || typeof v === "number") values[k] = v;
    else if (typeof v === "bigint") values[k] = Number(v);
    else if (v instanceof Date) values[k] = v.toISOString();
    else if (Array.isArray(v) && k !== "path") values[k] = v.map(String).join(", ");
  }
  return values;
}
