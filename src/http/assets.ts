import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { CLIENT_DIR } from "../paths.ts";
import { setCssHref, setSuggestHref } from "./context.ts";
import { type Encoded, encodeAll, pickEncoding } from "./encoding.ts";

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
};

const assetUrls = new Map<string, string>();

/** The fingerprinted URL of a file of src/client (after registerAssets). */
export function assetUrl(file: string): string {
  return assetUrls.get(file) ?? `/assets/${file}`;
}

/**
 * Serves `src/client/*` under fingerprinted names (`style.<hash>.css`) with immutable caching. Each file
 * is compressed once at start-up (brotli quality 11 and gzip 9) and sent in the encoding the browser
 * prefers; nothing is compressed per request.
 */
export function registerAssets(app: FastifyInstance): void {
  const files = new Map<string, { body: Encoded; type: string }>();
  for (const file of fs.readdirSync(CLIENT_DIR)) {
    // The service worker must keep one address (/sw.js, see features/offline): not fingerprinted.
    if (file === "sw.js") continue;
    const raw = fs.readFileSync(path.join(CLIENT_DIR, file));
    const hash = createHash("sha256").update(raw).digest("hex").slice(0, 10);
    const ext = path.extname(file);
    const name = `${path.basename(file, ext)}.${hash}${ext}`;
    const type = TYPES[ext] ?? "application/octet-stream";
    files.set(name, { body: encodeAll(raw, 11), type });
    if (file === "style.css") setCssHref(`/assets/${name}`);
    if (file === "suggest.js") setSuggestHref(`/assets/${name}`);
    assetUrls.set(file, `/assets/${name}`);
  }
  app.get<{ Params: { name: string } }>("/assets/:name", { schema: { hide: true } }, async (req, reply) => {
    const f = files.get(req.params.name);
    if (!f) return reply.callNotFound();
    const encoding = pickEncoding(req.headers["accept-encoding"]);
    if (encoding !== "identity") reply.header("content-encoding", encoding);
    return reply
      .type(f.type)
      .header("vary", "accept-encoding")
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(f.body[encoding]);
  });
}
