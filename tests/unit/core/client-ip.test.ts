// Per-IP rate limits key on X-Forwarded-For only behind a proxy we were told to trust; otherwise on the
// TCP peer's address, which npm start's preload writes into a header no client can set.
import { createRequire } from "node:module";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { trustProxy } from "@/lib/env";
import { clientIp, PEER_ADDRESS_HEADER } from "@/lib/request-guards";

const req = (headers: Record<string, string>) => ({ headers: new Headers(headers) });

/** Sends one request through a real Node server and returns the headers its handler saw. */
async function headersSeen(sent: Record<string, string>): Promise<IncomingHttpHeaders> {
  let seen: IncomingHttpHeaders = {};
  const server = createServer((r, res) => {
    seen = r.headers;
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await (await fetch(`http://127.0.0.1:${port}/`, { headers: sent })).text();
  await new Promise((resolve) => server.close(resolve));
  return seen;
}

describe("clientIp", () => {
  it("ignores X-Forwarded-For unless TRUST_PROXY=1 or Vercel, and then takes the address the proxy appended", () => {
    expect(trustProxy({})).toBe(false);
    expect(trustProxy({ TRUST_PROXY: "0" })).toBe(false);
    expect(trustProxy({ TRUST_PROXY: "1" })).toBe(true);
    expect(trustProxy({ VERCEL: "1" })).toBe(true);
    expect(trustProxy({ TRUST_PROXY: "yes" })).toBe(false);

    const forged = req({ "x-forwarded-for": "198.51.100.7, 203.0.113.5" });
    expect(clientIp(forged, false)).toBe("unknown");
    expect(clientIp(forged, true)).toBe("203.0.113.5");
    expect(clientIp(req({ "x-forwarded-for": " , " }), true)).toBe("unknown");
  });

  it("uses the socket's address from npm start's preload, which replaces a forged copy of its header", async () => {
    // Without the preload nobody vouches for the header, so a client-sent one is ignored.
    expect(clientIp(req({ [PEER_ADDRESS_HEADER]: "198.51.100.9" }), false)).toBe("unknown");

    createRequire(import.meta.url)("../../../scripts/lib/request-preload.cjs");
    const seen = await headersSeen({ [PEER_ADDRESS_HEADER]: "198.51.100.9", "x-forwarded-for": "198.51.100.10" });
    expect(seen[PEER_ADDRESS_HEADER]).toBe("127.0.0.1");
    const asNextSees = req(Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, String(v)])));
    expect(clientIp(asNextSees, false)).toBe("127.0.0.1");
    expect(clientIp(asNextSees, true)).toBe("198.51.100.10");
  });
});
