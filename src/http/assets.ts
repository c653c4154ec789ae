import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { setCssHref, setSuggestHref } from "./context.ts";

const CLIENT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "client");

/** Serves `src/client/*` under fingerprinted names (`style.<hash>.css`) with immutable caching. */
export function registerAssets(app: FastifyInstance): void {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const file of fs.readdirSync(CLIENT_DIR)) {
    const body = fs.readFileSync(path.join(CLIENT_DIR, file));
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
    const ext = path.extname(file);
    const name = `${path.basename(file, ext)}.${hash}${ext}`;
    const type = ext === ".css" ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    files.set(name, { body, type });
    if (file === "style.css") setCssHref(`/assets/${name}`);
    if (file === "suggest.js") setSuggestHref(`/assets/${name}`);
  }
  app.get<{ Params: { name: string } }>("/assets/:name", { schema: { hide: true } }, async (req, reply) => {
    const f = files.get(req.params.name);
    if (!f) return reply.callNotFound();
    return reply.type(f.type).header("cache-control", "public, max-age=31536000, immutable").send(f.body);
  });
}
