// Preloaded into the Next server by scripts/start.ts: what every request needs before Next sees it.
// - Next gives route handlers no socket, and X-Forwarded-For can be written by anyone, so the TCP peer's
//   address travels in a header of our own: set on every request, replacing whatever a client sent under
//   that name (lib/request-guards.ts clientIp).
// - TRACE and TRACK cannot become a web Request (fetch forbids them), so Next would answer them with a
//   plain-text 500 and a stack trace in the log; they get the API's JSON 405 here instead.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const http = require("node:http");

const HEADER = "x-scm-peer-address";
const FORBIDDEN = new Set(["TRACE", "TRACK"]);
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req && FORBIDDEN.has(req.method)) {
    const res = rest[0];
    const body = JSON.stringify({
      error: { code: "method_not_allowed", message: `${req.method} is not allowed here.`, details: [] },
    });
    res.writeHead(405, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
    return true;
  }
  if (event === "request" && req && req.headers) req.headers[HEADER] = req.socket?.remoteAddress ?? "";
  return emit.call(this, event, req, ...rest);
};
globalThis[Symbol.for("scm.peer-address-header")] = true;
