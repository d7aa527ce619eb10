import sharp from "sharp";
import { outboundFetch } from "@/lib/net/outbound-fetch";
import { CARD_SIZES } from "./card-layout";
import type { Network } from "@/lib/strategy/networks";

export type IllustrationResult = { ok: true; png: Buffer } | { ok: false; reason: string };

export interface ImageModel {
  baseUrl: string;
  apiKey: string;
  model: string;
  /** `host:port` entries the outbound guard lets through (the configured AI host may be local: Ollama, vLLM) */
  allowedHosts: string[];
  timeoutMs?: number;
}

/** The one landscape size the OpenAI-compatible image models share; cropped to the network's size after. */
const REQUEST_SIZE = "1536x1024";

export function illustrationPrompt(args: {
  hook: string;
  keyLine: string | null;
  brandName: string;
  positioning: string;
}) {
  return [
    `An editorial illustration for a social media post by ${args.brandName} (${args.positioning}).`,
    `The post says: "${args.hook}"${args.keyLine ? ` ${args.keyLine}` : ""}`,
    "Flat, modern, uncluttered; no text, letters, logos or watermarks in the image.",
  ].join("\n");
}

/**
 * Asks an OpenAI-compatible `/images/generations` endpoint (AI_BASE_URL ends in /v1, as for the writer) for one
 * image as base64, through the outbound guard, and crops it to the network's card size. Never throws: any
 * failure is a reason, and the caller renders the card instead.
 */
export async function generateIllustration(
  model: ImageModel,
  args: { prompt: string; network: Network },
): Promise<IllustrationResult> {
  let res;
  try {
    res = await outboundFetch(`${model.baseUrl.replace(/\/+$/, "")}/images/generations`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${model.apiKey}` },
      body: JSON.stringify({
        model: model.model,
        prompt: args.prompt,
        n: 1,
        size: REQUEST_SIZE,
        response_format: "b64_json",
      }),
      maxBytes: 25 * 1024 * 1024,
      timeoutMs: model.timeoutMs ?? 60_000,
      maxRedirects: 0,
      allowedHosts: model.allowedHosts,
      publicMessage: "The image model could not be reached.",
    });
  } catch (err) {
    return {
      ok: false,
      reason: err instanceof Error && err.name === "OutboundError" ? "unreachable" : "network_error",
    };
  }
  if (res.status < 200 || res.status >= 300) return { ok: false, reason: `http_${res.status}` };
  let b64: unknown;
  try {
    b64 = (JSON.parse(res.text()) as { data?: { b64_json?: unknown }[] }).data?.[0]?.b64_json;
  } catch {
    return { ok: false, reason: "bad_response" };
  }
  if (typeof b64 !== "string" || !b64) return { ok: false, reason: "bad_response" };
  const { width, height } = CARD_SIZES[args.network];
  try {
    const png = await sharp(Buffer.from(b64, "base64"), { limitInputPixels: 50_000_000 })
      .resize(width, height, { fit: "cover" })
      .png()
      .toBuffer();
    return { ok: true, png };
  } catch {
    return { ok: false, reason: "not_an_image" };
  }
}
