// Preloaded into the Next server by scripts/start.ts: what every request needs before Next sees it.
// - Next gives route handlers no socket, and X-Forwarded-For can be written by anyone, so the TCP peer's
//   address travels in a header of our own: set on every request, replacing whatever a client sent under
//   that name (lib/request-guards.ts clientIp).
// - TRACE and TRACK cannot become a web Request (fetch forbids them), so Next would answer them with a
//   plain-text 500 and a stack trace in the log; they get the API's JSON 405 here instead.
// - A request Node's parser refuses (an unknown method such as FOO, a malformed header) never becomes a
//   request at all: Node answered it with a bare 400 and no body. It gets the API's JSON error instead.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const http = require("node:http");

const HEADER = "x-scm-peer-address";
const FORBIDDEN = new Set(["TRACE", "TRACK"]);
const errorBody = (code, message) => JSON.stringify({ error: { code, message, details: [] } });
const notAllowed = (method) => errorBody("method_not_allowed", `${method} is not allowed here.`);

const PARSER_ERRORS = {
  HPE_HEADER_OVERFLOW: [431, "request_header_too_large", "The request's headers are too large."],
  HPE_INVALID_METHOD: [405],
};

/** The raw HTTP answer to a request the parser refused, or null when the socket cannot take one. */
function parserErrorAnswer(err, socket) {
  if (!socket.writable || socket.bytesWritten > 0) return null;
  const [status, code, message] = PARSER_ERRORS[err.code] ?? [400, "bad_request", "The request is not valid HTTP."];
  // Only a plain token is echoed back: the refused bytes are the client's, not ours to reflect.
  const method = /^[A-Za-z-]{1,20}(?= )/.exec(String(err.rawPacket ?? ""))?.[0] ?? "This method";
  const body = status === 405 ? notAllowed(method) : errorBody(code, message);
  const reason = { 400: "Bad Request", 405: "Method Not Allowed", 431: "Request Header Fields Too Large" }[status];
  return (
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`
  );
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req && FORBIDDEN.has(req.method)) {
    const res = rest[0];
    const body = notAllowed(req.method);
    res.writeHead(405, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
    return true;
  }
  if (event === "clientError" && req && req.code !== "ECONNRESET" && rest[0]) {
    const socket = rest[0];
    const answer = parserErrorAnswer(req, socket);
    if (answer) socket.end(answer);
    else socket.destroy(req);
    return true;
  }
  if (event === "request" && req && req.headers) req.headers[HEADER] = req.socket?.remoteAddress ?? "";
  return emit.call(this, event, req, ...rest);
};
globalThis[Symbol.for("scm.peer-address-header")] = true;
