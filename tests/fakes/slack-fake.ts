import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A Slack incoming webhook as Slack answers it: POST /services/T…/B…/<secret> with a JSON body that has
 * `text` (or `blocks`) gets 200 "ok"; a body without them is 400 "no_text", malformed JSON 400
 * "invalid_payload", an unknown hook 404 "no_service". Slack checks no signature: the URL is the secret.
 */
export async function startSlackFake(hookPath = "/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX") {
  const messages: { text: string; body: unknown }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const reply = (status: number, text: string) =>
        res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(text);
      if (req.method !== "POST" || req.url !== hookPath) return reply(404, "no_service");
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return reply(400, "invalid_payload");
      }
      const b = (body ?? {}) as { text?: unknown; blocks?: unknown };
      if (typeof b.text !== "string" && !Array.isArray(b.blocks)) return reply(400, "no_text");
      messages.push({ text: String(b.text ?? ""), body });
      reply(200, "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    /** where the hooks.slack.com URL is delivered in tests */
    origin: `http://127.0.0.1:${port}`,
    slackUrl: `https://hooks.slack.com${hookPath}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
