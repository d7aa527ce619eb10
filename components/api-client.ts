import type { ErrorBody } from "@/lib/errors";

export class ApiError extends Error {
  constructor(
    public status: number,
    public body: ErrorBody["error"],
  ) {
    super(body.message);
  }
}

/** An error as one sentence: a refused request names what in it was wrong. */
export function errorText(e: Error): string {
  if (!(e instanceof ApiError) || !Array.isArray(e.body.details)) return e.message;
  const why = (e.body.details as { message?: unknown }[]).map((d) => d.message).filter((m) => typeof m === "string");
  return why.length ? `${e.message} ${why.join(" ")}` : e.message;
}

/** Browser-side fetch that turns the API's error shape into a thrown ApiError. */
export async function apiFetch<T = unknown>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(url, {
    method: init.method ?? "GET",
    headers: init.body !== undefined ? { "content-type": "application/json" } : undefined,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok)
    throw new ApiError(res.status, data?.error ?? { code: "internal_error", message: res.statusText, details: [] });
  return data as T;
}
