import { getEnv, outboundAllowedHosts } from "@/lib/env";
import type { ImageModel } from "@/lib/media/generate-illustration";

/**
 * The image model is on only with AI_IMAGE_MODEL, AI_BASE_URL and AI_API_KEY all set. The operator chose that
 * host, so the outbound guard lets it be a local one (Ollama, vLLM) as it does the OUTBOUND_ALLOWED_HOSTS.
 */
export function imageModelFromEnv(): ImageModel | undefined {
  const env = getEnv();
  if (!env.AI_BASE_URL || !env.AI_API_KEY || !env.AI_IMAGE_MODEL) return undefined;
  const url = new URL(env.AI_BASE_URL);
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return {
    baseUrl: env.AI_BASE_URL,
    apiKey: env.AI_API_KEY,
    model: env.AI_IMAGE_MODEL,
    allowedHosts: [...outboundAllowedHosts(), `${url.hostname.toLowerCase()}:${port}`],
  };
}
