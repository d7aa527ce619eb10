// Preloaded into the Next server by scripts/start.ts. Next gives route handlers no socket, and
// X-Forwarded-For can be written by anyone, so the TCP peer's address travels in a header of our own:
// set on every request, replacing whatever a client sent under that name (lib/request-guards.ts clientIp).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const http = require("node:http");

const HEADER = "x-scm-peer-address";
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req && req.headers) req.headers[HEADER] = req.socket?.remoteAddress ?? "";
  return emit.call(this, event, req, ...rest);
};
globalThis[Symbol.for("scm.peer-address-header")] = true;
