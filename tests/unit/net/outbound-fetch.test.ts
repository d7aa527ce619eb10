import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { lookup as dnsLookup } from "node:dns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress, outboundFetch, OutboundError, refusedOutboundUrl } from "@/lib/net/outbound-fetch";

let server: Server;
let port: number;
let hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/redirect-private") {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/secret` });
      return res.end();
    }
    if (req.url === "/loop") {
      res.writeHead(302, { location: "/loop" });
      return res.end();
    }
    if (req.url === "/big") {
      res.writeHead(200);
      return res.end("x".repeat(5000));
    }
    if (req.url === "/slow") return setTimeout(() => res.end("late"), 2000);
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("hello");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OutboundError);
  expect((err as OutboundError).message).toBe("Could not fetch the URL.");
  return (err as OutboundError).detail;
};

/** Resolves every name to one fixed address, the way a hostile DNS answer would. */
const resolvesTo = (address: string, family: 4 | 6): typeof dnsLookup =>
  ((_h: string, _o: unknown, cb: (e: null, a: { address: string; family: number }[]) => void) =>
    cb(null, [{ address, family }])) as unknown as typeof dnsLookup;

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "64:ff9b::a9fe:a9fe",
    "::a9fe:a9fe",
    "::7f00:1",
    "2002:7f00:1::",
    "not-an-ip",
  ])("refuses %s", (ip) => expect(isPublicAddress(ip)).toBe(false));

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("allows %s", (ip) =>
    expect(isPublicAddress(ip)).toBe(true),
  );
});

describe("outboundFetch", () => {
  it("refuses schemes other than http and https without touching anything", async () => {
    for (const url of ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/x", "gopher://x/", "data:,x"]) {
      expect(await refusal(outboundFetch(url, { allowedHosts: [] }))).toMatch(/scheme|not allowed/);
    }
  });

  it("refuses loopback literals and names that resolve to private addresses; the listener sees nothing", async () => {
    hits = [];
    await refusal(outboundFetch(`http://127.0.0.1:${port}/`, { allowedHosts: [] }));
    await refusal(outboundFetch(`http://[::1]:${port}/`, { allowedHosts: [] }));
    await refusal(outboundFetch(`http://[::ffff:127.0.0.1]:${port}/`, { allowedHosts: [] }));
    await refusal(outboundFetch(`http://localhost:${port}/`, { allowedHosts: [] }));
    for (const name of ["LOCALHOST.", "localhost.localdomain", "api.localhost."])
      expect(refusedOutboundUrl(`http://${name}:${port}/x`, [])).toMatch(/blocked/);
    expect(refusedOutboundUrl("https://hooks.example.com/x", [])).toBeNull();
    // The URL parser writes [::169.254.169.254] as [::a9fe:a9fe]: still refused.
    expect(refusedOutboundUrl(`http://[::169.254.169.254]:${port}/x`, [])).toMatch(/blocked/);
    const detail = await refusal(
      outboundFetch(`http://feeds.example:${port}/`, { allowedHosts: [], lookup: resolvesTo("127.0.0.1", 4) }),
    );
    expect(detail).toMatch(/blocked address 127\.0\.0\.1/);
    await refusal(
      outboundFetch(`http://meta.example/`, { allowedHosts: [], lookup: resolvesTo("169.254.169.254", 4) }),
    );
    await refusal(outboundFetch(`http://v6.example/`, { allowedHosts: [], lookup: resolvesTo("fe80::1", 6) }));
    expect(hits).toEqual([]);
  });

  it("does not reveal which ports are open: a closed port and a refused address give the same message", async () => {
    const a = await outboundFetch(`http://127.0.0.1:1/`, { allowedHosts: ["127.0.0.1:1"] }).catch((e: Error) => e);
    const b = await outboundFetch(`http://127.0.0.1:${port}/`, { allowedHosts: [] }).catch((e: Error) => e);
    expect((a as Error).message).toBe((b as Error).message);
  });

  it("reaches an allow-listed host:port and only that port", async () => {
    const res = await outboundFetch(`http://127.0.0.1:${port}/ok`, { allowedHosts: [`127.0.0.1:${port}`] });
    expect(res.status).toBe(200);
    expect(res.text()).toBe("hello");
    await refusal(outboundFetch(`http://127.0.0.1:${port}/ok`, { allowedHosts: ["127.0.0.1:1"] }));
    const byHost = await outboundFetch(`http://127.0.0.1:${port}/ok`, { allowedHosts: ["127.0.0.1"] });
    expect(byHost.status).toBe(200);
  });

  it("checks every redirect hop", async () => {
    hits = [];
    // The first hop is allowed through a name the test resolves to loopback; the redirect target is a bare
    // loopback address that is not on the list.
    const detail = await refusal(
      outboundFetch(`http://allowed.test:${port}/redirect-private`, {
        allowedHosts: [`allowed.test:${port}`],
        lookup: resolvesTo("127.0.0.1", 4),
      }),
    );
    expect(detail).toMatch(/127\.0\.0\.1/);
    expect(hits).toEqual(["/redirect-private"]);
    expect(
      await refusal(outboundFetch(`http://127.0.0.1:${port}/loop`, { allowedHosts: ["127.0.0.1"], maxRedirects: 3 })),
    ).toMatch(/redirects/);
  });

  it("caps the size and the time", async () => {
    const opts = { allowedHosts: ["127.0.0.1"] };
    expect(await refusal(outboundFetch(`http://127.0.0.1:${port}/big`, { ...opts, maxBytes: 1000 }))).toMatch(
      /exceeds/,
    );
    expect(await refusal(outboundFetch(`http://127.0.0.1:${port}/slow`, { ...opts, timeoutMs: 200 }))).toMatch(
      /timed out/,
    );
  });

  it("uses the caller's generic message", async () => {
    const err = await outboundFetch("file:///etc/passwd", { publicMessage: "Could not fetch the feed." }).catch(
      (e: Error) => e,
    );
    expect((err as Error).message).toBe("Could not fetch the feed.");
  });
});
