import { getEventListeners } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepAliveFetch } from "@/lib/net/keep-alive-fetch";
import { concurrencyLimit } from "@/lib/orchestration/limit-sends";

let server: Server;
let base: string;
let sockets = 0;
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () =>
      setTimeout(() => {
        inFlight--;
        if (req.url === "/empty") return void res.writeHead(204).end();
        res.writeHead(201, { "content-type": "application/json", "x-rate-limit-reset": "123" });
        res.end(
          JSON.stringify({
            method: req.method,
            path: req.url,
            body,
            auth: req.headers.authorization ?? null,
            trace: req.headers["x-trace"] ?? null,
          }),
        );
      }, 20),
    );
  });
  server.on("connection", () => sockets++);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("keepAliveFetch", () => {
  it("answers like fetch and reuses one socket for sequential requests", async () => {
    const f = keepAliveFetch({ maxSockets: 4 });
    sockets = 0;
    for (let i = 0; i < 5; i++) {
      const res = await f(`${base}/post`, { method: "POST", headers: { authorization: "Bearer t" }, body: "héllo" });
      expect(res.status).toBe(201);
      expect(res.headers.get("x-rate-limit-reset")).toBe("123");
      expect(JSON.parse(await res.text())).toMatchObject({ method: "POST", body: "héllo", auth: "Bearer t" });
    }
    expect(sockets).toBe(1);
    expect((await f(`${base}/empty`)).status).toBe(204);
    const bytes = new TextEncoder().encode("héllo");
    const upload = await f(`${base}/post`, { method: "PUT", body: bytes });
    expect(await upload.json()).toMatchObject({ method: "PUT", body: "héllo" });
    const form = new FormData();
    form.set("media_category", "tweet_image");
    const multipart = await f(`${base}/post`, { method: "POST", body: form });
    expect(((await multipart.json()) as { body: string }).body).toContain('name="media_category"\r\n\r\ntweet_image');
  });

  it("never opens more than maxSockets connections, however many requests are in flight", async () => {
    const f = keepAliveFetch({ maxSockets: 3 });
    sockets = 0;
    maxInFlight = 0;
    const all = await Promise.all(Array.from({ length: 12 }, () => f(`${base}/x`)));
    expect(all.every((r) => r.status === 201)).toBe(true);
    expect(sockets).toBe(3);
    expect(maxInFlight).toBe(3);
  });

  it("sends headers given as an object (any case), a Headers or pairs, and keeps the query", async () => {
    const f = keepAliveFetch({ maxSockets: 2 });
    const inits: HeadersInit[] = [
      { "X-Trace": "a", Authorization: "Bearer o" },
      new Headers({ "x-trace": "a", authorization: "Bearer o" }),
      [
        ["X-Trace", "a"],
        ["authorization", "Bearer o"],
      ],
    ];
    for (const headers of inits) {
      const res = await f(`${base}/p?q=1`, { method: "POST", headers, body: "{}" });
      expect(await res.json()).toMatchObject({ path: "/p?q=1", auth: "Bearer o", trace: "a" });
      expect(res.headers.has("X-Rate-Limit-Reset")).toBe(true);
      expect(Object.fromEntries(res.headers as unknown as Iterable<[string, string]>)).toMatchObject({
        "x-rate-limit-reset": "123",
      });
    }
  });

  it("stops following the signal once answered, and refuses an already aborted one", async () => {
    const f = keepAliveFetch({ maxSockets: 1 });
    const ctrl = new AbortController();
    await (await f(`${base}/x`, { signal: ctrl.signal })).text();
    expect(getEventListeners(ctrl.signal, "abort")).toHaveLength(0);
    ctrl.abort(new Error("too late"));
    await expect(f(`${base}/x`, { signal: ctrl.signal })).rejects.toThrow("too late");
  });

  it("rejects with the connection error's code when nothing listens, and honours an abort", async () => {
    const f = keepAliveFetch({ maxSockets: 1 });
    await expect(f("http://127.0.0.1:1/")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    const ctrl = new AbortController();
    const pending = f(`${base}/slow`, { signal: ctrl.signal });
    ctrl.abort(new Error("timed out"));
    await expect(pending).rejects.toThrow();
  });
});

describe("concurrencyLimit", () => {
  it("runs at most n at once and all of them eventually, in order", async () => {
    const limit = concurrencyLimit(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        limit(async () => {
          active++;
          peak = Math.max(peak, active);
          order.push(i);
          await new Promise((r) => setTimeout(r, 5));
          active--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("frees the slot when a call throws", async () => {
    const limit = concurrencyLimit(1);
    await expect(limit(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limit(async () => 42)).resolves.toBe(42);
  });
});
