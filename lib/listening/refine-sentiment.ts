import type { SentimentLabel } from "./sentiment";

const LABELS: SentimentLabel[] = ["positive", "neutral", "negative"];

/**
 * Asks the optional OpenAI-compatible writer for a one-word label. Anything but a clean label (an
 * error, a timeout, a sentence) returns null, and the offline label stands.
 */
export async function refineSentiment(input: {
  baseUrl: string;
  apiKey: string;
  model: string;
  text: string;
  offline: SentimentLabel;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}): Promise<SentimentLabel | null> {
  const { fetchImpl = fetch, timeoutMs = 10_000 } = input;
  const res = await fetchImpl(`${input.baseUrl.replace(/\/+$/, "")}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${input.apiKey}` },
    body: JSON.stringify({
      model: input.model,
      temperature: 0,
      messages: [
        {
          role: "system",
          content:
            "You label the sentiment of a social media comment written under a brand's post, in English or French. Answer with exactly one word: positive, neutral or negative. Questions and plain facts are neutral.",
        },
        { role: "user", content: `Comment: ${input.text}\nA word list scored it ${input.offline}.` },
      ],
    }),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch(() => null);
  if (!res?.ok) return null;
  const json = (await res.json().catch(() => null)) as { choices?: { message?: { content?: unknown } }[] } | null;
  const word = String(json?.choices?.[0]?.message?.content ?? "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  return LABELS.find((l) => l === word) ?? null;
}
