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

/**
 * The workspace the page was drawn for (the app layout's data-workspace). Every request names it: the
 * workspace cookie is the browser's, and a switch in another tab must not redirect this tab's changes.
 */
export function workspaceHeader(): Record<string, string> {
  if (typeof document === "undefined") return {};
  const slug = document.querySelector("[data-workspace]")?.getAttribute("data-workspace");
  return slug ? { "x-workspace": slug } : {};
}

/** Browser-side fetch that turns the API's error shape into a thrown ApiError. */
export async function apiFetch<T = unknown>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(url, {
    method: init.method ?? "GET",
    headers: { ...workspaceHeader(), ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok)
    throw new ApiError(res.status, data?.error ?? { code: "internal_error", message: res.statusText, details: [] });
  return data as T;
}
