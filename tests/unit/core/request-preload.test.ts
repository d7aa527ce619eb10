// npm start's request preload answers what Next cannot turn into a request with the API's JSON error.
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let port = 0;
let reached = 0;
const server = createServer((_r, res) => {
  reached++;
  res.end("ok");
});

beforeAll(async () => {
  createRequire(import.meta.url)("../../../scripts/lib/request-preload.cjs");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Writes raw bytes to the server and returns the status and JSON body of its answer. */
function raw(bytes: string): Promise<{ status: number; type: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(bytes));
    let text = "";
    socket.on("data", (c) => (text += c));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head, body] = text.split("\r\n\r\n");
      resolve({
        status: Number(head.split(" ")[1]),
        type: /content-type: ([^\r]+)/i.exec(head)?.[1] ?? "",
        body: JSON.parse(body),
      });
    });
  });
}

describe("request preload", () => {
  it("answers TRACE with the API's JSON 405 before the app sees it (fetch cannot carry TRACE into Next)", async () => {
    const answer = await raw("TRACE /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(answer).toEqual({
      status: 405,
      type: "application/json",
      body: { error: { code: "method_not_allowed", message: "TRACE is not allowed here.", details: [] } },
    });
    expect(reached).toBe(0);
  });

  it("answers a method Node's parser refuses with the JSON 405, not Node's empty 400", async () => {
    const answer = await raw("FOO /api/health HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(answer.status).toBe(405);
    expect(answer.body).toEqual({
      error: { code: "method_not_allowed", message: "FOO is not allowed here.", details: [] },
    });
  });

  it("answers malformed or oversized headers with the JSON error shape", async () => {
    const badHeader = await raw("GET /api/health HTTP/1.1\r\nHo st: x\r\n\r\n");
    expect(badHeader.status).toBe(400);
    expect(badHeader.body).toMatchObject({ error: { code: "bad_request" } });
    const huge = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(huge.status).toBe(431);
    expect(huge.body).toMatchObject({ error: { code: "request_header_too_large" } });
    expect(reached).toBe(0);
  });
});
