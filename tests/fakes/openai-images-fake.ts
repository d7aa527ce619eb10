import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";

/** What OpenAI's `POST /v1/images/generations` accepts for `size` across its image models. */
const SIZES = ["256x256", "512x512", "1024x1024", "1024x1536", "1536x1024", "1792x1024", "1024x1792", "auto"];

export type ImagesFakeMode = "ok" | "500" | "not_an_image" | "slow";

export interface ImagesRequest {
  auth: string | undefined;
  body: { model?: unknown; prompt?: unknown; size?: unknown; response_format?: unknown; n?: unknown };
}

/**
 * An OpenAI-compatible image endpoint: checks the request as the real one does (bearer key, model, prompt,
 * size, response_format) and answers `{created, data: [{b64_json}]}` with a real PNG of the asked size, or
 * fails the way `mode` says.
 */
export async function startImagesFake(apiKey: string) {
  const state = { mode: "ok" as ImagesFakeMode, requests: [] as ImagesRequest[] };
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", async () => {
      const error = (status: number, message: string) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message, type: "invalid_request_error" } }));
      };
      if (req.method !== "POST" || req.url !== "/v1/images/generations") return error(404, "Unknown path");
      let body: ImagesRequest["body"];
      try {
        body = JSON.parse(raw);
      } catch {
        return error(400, "Invalid JSON");
      }
      state.requests.push({ auth: req.headers.authorization, body });
      if (req.headers.authorization !== `Bearer ${apiKey}`) return error(401, "Incorrect API key provided");
      if (typeof body.model !== "string" || typeof body.prompt !== "string" || !body.prompt)
        return error(400, "model and prompt are required");
      if (body.size !== undefined && !SIZES.includes(String(body.size))) return error(400, "Invalid size");
      if (body.response_format !== "b64_json") return error(400, "This fake only answers b64_json");
      if (state.mode === "500") return error(500, "The server had an error while processing your request");
      if (state.mode === "slow") await new Promise((r) => setTimeout(r, 3000));
      const [w, h] = String(body.size ?? "1024x1024")
        .split("x")
        .map(Number);
      const png =
        state.mode === "not_an_image"
          ? Buffer.from("definitely not a png")
          : await sharp({ create: { width: w!, height: h!, channels: 3, background: "#10b981" } })
              .png()
              .toBuffer();
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ created: Math.floor(Date.now() / 1000), data: [{ b64_json: png.toString("base64") }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    state,
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
