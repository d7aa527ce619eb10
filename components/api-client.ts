import type { ErrorBody } from "@/lib/errors";

export class ApiError extends Error {
  constructor(
    public status: number,
    public body: ErrorBody["error"],
  ) {
    super(body.message);
  }
}

/**
 * An error as one line of text. A refusal's message already says what was wrong, its details only mark
 * the field for a form, so repeating them reads twice. Only a request the schema refused has a generic
 * message ("The request is invalid."): its field problems, the issues with a zod code, are what to read.
 */
export function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return e instanceof Error ? e.message : String(e);
  const details: unknown[] = Array.isArray(e.body.details) ? e.body.details : [];
  const why = details.flatMap((d) => {
    const { code, message } = (d ?? {}) as { code?: unknown; message?: unknown };
    return typeof code === "string" && typeof message === "string" ? [sentence(message)] : [];
  });
  return [e.message, ...new Set(why)].join(" ");
}

const sentence = (s: string) => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

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
