import { errorText } from "@/components/api-client";

/** What the server said when a reply, a deletion or a mark could not be made. */
export function SendError({ error }: { error: Error | null }) {
  return error ? (
    <p role="alert" className="text-xs text-rose-600">
      {errorText(error)}
    </p>
  ) : null;
}
