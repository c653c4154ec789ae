// The baseline of `npm run bench`: a bare node:http server that answers GET /<n> with n bytes (a static
// buffer, made once per size). Plain JavaScript, no framework, nothing else. Usage: node bare-server.mjs <port>
//
// The bytes are random, like a compressed page's: autocannon, on the same cores, reads a body of one
// repeated ASCII letter about 3× faster than a brotli body of the same length (4,077 bytes: 52,000 against
// 17,000 req/s), which made the baseline up to 3× faster than any page could be served.
import { randomBytes } from "node:crypto";
import http from "node:http";

const bodies = new Map();
const port = Number(process.argv[2] ?? 0);

http
  .createServer((req, res) => {
    const n = Number(req.url?.slice(1)) || 0;
    let body = bodies.get(n);
    if (!body) {
      body = randomBytes(n);
      bodies.set(n, body);
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    res.end(body);
  })
  .listen(port, "127.0.0.1", () => process.send?.("ready"));
