/**
 * The ceiling of any server that compresses a page for each request, for `npm run bench`: a bare node:http
 * server that holds each page's uncompressed body (sent by the parent process over IPC: `{ key, body }`,
 * answered with `{ key }`) and answers GET /<key> by compressing it as the app compresses a one-off answer
 * (`encodeOne`, brotli at ONE_OFF_QUALITY, window sized to the body), nothing else: no routing, no SQL, no
 * rendering. Usage: forked with the tsx loader, `compress-server.ts <port>`.
 */
import http from "node:http";
import { encodeOne, ONE_OFF_QUALITY } from "../../src/http/encoding.ts";

const bodies = new Map<string, Buffer>();
const port = Number(process.argv[2] ?? 0);

process.on("message", (m: { key: string; body: string }) => {
  bodies.set(m.key, Buffer.from(m.body, "base64"));
  process.send?.({ key: m.key });
});

http
  .createServer((req, res) => {
    const body = bodies.get(req.url?.slice(1) ?? "");
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const br = encodeOne(body, "br", ONE_OFF_QUALITY);
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-length": br.length,
      "content-encoding": "br",
    });
    res.end(br);
  })
  .listen(port, "127.0.0.1", () => process.send?.({ ready: true }));
