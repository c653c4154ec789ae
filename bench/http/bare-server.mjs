// The baseline of `npm run bench`: a bare node:http server that answers GET /<n> with n bytes (a static
// buffer, made once per size). Plain JavaScript, no framework, nothing else. Usage: node bare-server.mjs <port>
import http from "node:http";

const bodies = new Map();
const port = Number(process.argv[2] ?? 0);

http
  .createServer((req, res) => {
    const n = Number(req.url?.slice(1)) || 0;
    let body = bodies.get(n);
    if (!body) {
      body = Buffer.alloc(n, "a");
      bodies.set(n, body);
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    res.end(body);
  })
  .listen(port, "127.0.0.1", () => process.send?.("ready"));
